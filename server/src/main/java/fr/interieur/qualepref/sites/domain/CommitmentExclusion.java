package fr.interieur.qualepref.sites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A commitment a sous-préfecture does not apply because it does not carry the mission (II.2: "les sous-préfectures
 * appliquent les engagements qui les concernent au vu des missions qu'elles remplissent"). Tenant-owned: EclipseLink
 * adds the site condition to every query (layer 1) and row-level security filters again (layer 2).
 */
@Entity
@Table(name = "commitment_exclusion")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CommitmentExclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "commitment_number")
    private int commitmentNumber;
    private String justification;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected CommitmentExclusion() {
    }

    public CommitmentExclusion(int commitmentNumber, String justification, String decidedBy, OffsetDateTime at) {
        this.commitmentNumber = commitmentNumber;
        this.justification = justification;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public int commitmentNumber() {
        return commitmentNumber;
    }

    public String justification() {
        return justification;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
