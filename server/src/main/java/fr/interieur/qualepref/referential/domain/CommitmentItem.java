package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A "déclinaison" of a commitment: 17.2 is the second item of commitment 17. */
@Entity
@Table(name = "referential_commitment_item")
@Cacheable
public class CommitmentItem {

    @Id
    private Long id;
    private String number;
    private int rank;
    private String text;

    protected CommitmentItem() {
    }

    public String number() {
        return number;
    }

    public int rank() {
        return rank;
    }

    public String text() {
        return text;
    }
}
