package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/** An entry of the référentiel's glossary (CERT, SVI, "réclamation" ...). */
@Entity
@Table(name = "referential_glossary_term")
@Cacheable
public class GlossaryTerm {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ReferentialVersion version;
    private int rank;
    private String term;
    private String definition;

    protected GlossaryTerm() {
    }

    public String term() {
        return term;
    }

    public String definition() {
        return definition;
    }
}
