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
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** A module of the référentiel: module 1 (mandatory) or a business module 2–8 (II.1, II.2). */
@Entity
@Table(name = "referential_module")
@Cacheable
public class Module {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ReferentialVersion version;
    private int number;
    private String title;
    @Enumerated(EnumType.STRING)
    private ModuleKind kind;
    @Column(name = "cert_only")
    private boolean certOnly;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referential_module_site_type", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "site_type")
    @Enumerated(EnumType.STRING)
    private Set<SiteType> appliesTo;

    protected Module() {
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public ModuleKind kind() {
        return kind;
    }

    /** Module 2 (titres, CERT): only sites with a CERT take it (II.2). */
    public boolean certOnly() {
        return certOnly;
    }

    public Set<SiteType> appliesTo() {
        return appliesTo.isEmpty() ? EnumSet.noneOf(SiteType.class) : EnumSet.copyOf(appliesTo);
    }

    public ModuleTerms terms() {
        return new ModuleTerms(number, kind, certOnly, appliesTo());
    }

    public ReferentialVersion version() {
        return version;
    }
}
