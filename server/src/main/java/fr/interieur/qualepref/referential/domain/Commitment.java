package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A service commitment ("engagement de service", chapter III), numbered 1–54 across the modules. */
@Entity
@Table(name = "referential_commitment")
@Cacheable
public class Commitment {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ReferentialVersion version;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "module_id")
    private Module module;
    private int number;
    private String section;
    private String title;
    private boolean optional;
    private String intro;
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "commitment_id")
    @OrderBy("rank")
    private List<CommitmentItem> items;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referential_commitment_control", joinColumns = @JoinColumn(name = "commitment_id"))
    @OrderBy("rank")
    private List<ControlMethod> controlMethods;
    @OneToMany(mappedBy = "commitment", fetch = FetchType.EAGER)
    @OrderBy("rank")
    private List<IndicatorDefinition> indicators;

    protected Commitment() {
    }

    public int number() {
        return number;
    }

    public Module module() {
        return module;
    }

    public String section() {
        return section;
    }

    public String title() {
        return title;
    }

    /** Commitment 46 is optional even for a site that takes module 6. */
    public boolean optional() {
        return optional;
    }

    public String intro() {
        return intro;
    }

    public List<CommitmentItem> items() {
        return List.copyOf(items);
    }

    public List<ControlMethod> controlMethods() {
        return List.copyOf(controlMethods);
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators);
    }
}
