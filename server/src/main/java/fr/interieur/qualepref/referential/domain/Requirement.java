package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A "disposition d'organisation" of chapters IV (pilotage: responsabilités, organisation documentaire, formation,
 * implication des collaborateurs, comité des usagers) and V (labellisation: bilans annuels, audits internes, audits
 * externes), coded "IV.2" or "V.1".
 */
@Entity
@Table(name = "referential_requirement")
@Cacheable
public class Requirement {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ReferentialVersion version;
    private String code;
    private String chapter;
    private int number;
    private String title;
    private String text;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referential_requirement_control", joinColumns = @JoinColumn(name = "requirement_id"))
    @OrderBy("rank")
    private List<ControlMethod> controlMethods;

    protected Requirement() {
    }

    public String code() {
        return code;
    }

    public String chapter() {
        return chapter;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public List<ControlMethod> controlMethods() {
        return List.copyOf(controlMethods);
    }
}
