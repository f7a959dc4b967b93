package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * A chapter VI indicator with a structured definition. Where the rule changed in 2020 (3.1: 15 working days in 2019,
 * then 5 electronic / 10 by post / 10 in the box), each rule is its own definition with its years of validity.
 */
@Entity
@Table(name = "referential_indicator")
@Cacheable
public class IndicatorDefinition {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;
    private String code;
    private int rank;
    private String label;
    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;
    @Column(name = "deadline_value")
    private Integer deadlineValue;
    @Column(name = "deadline_unit")
    @Enumerated(EnumType.STRING)
    private DeadlineUnit deadlineUnit;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String source;
    @Column(name = "valid_from")
    private Integer validFrom;
    @Column(name = "valid_until")
    private Integer validUntil;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referential_indicator_criterion", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "criterion")
    @OrderColumn(name = "rank")
    private List<String> criteria;

    protected IndicatorDefinition() {
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public Optional<Integer> deadlineValue() {
        return Optional.ofNullable(deadlineValue);
    }

    public Optional<DeadlineUnit> deadlineUnit() {
        return Optional.ofNullable(deadlineUnit);
    }

    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<Integer> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<Integer> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** Whether this definition applies to measurements of {@code year}. */
    public boolean appliesIn(int year) {
        return (validFrom == null || year >= validFrom) && (validUntil == null || year <= validUntil);
    }

    public List<String> criteria() {
        return List.copyOf(criteria);
    }
}
