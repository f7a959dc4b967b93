package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.security.domain.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A user in a region's pool of internal auditors (V.2: the regional préfecture mandates an auditor "parmi son
 * vivier"), with the training that qualifies them (IV.3). Never deleted: a withdrawal is dated and kept with its
 * reason; adding the user again makes a new membership.
 */
@Entity
@Table(name = "auditor_pool_member")
public class AuditorPoolMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    private String region;
    @Column(name = "trained_on")
    private LocalDate trainedOn;
    private String attestation;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private OffsetDateTime addedAt;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;
    @Version
    private int version;

    protected AuditorPoolMember() {
    }

    public AuditorPoolMember(User user, String region, LocalDate trainedOn, String attestation, String addedBy,
                             OffsetDateTime now) {
        this.user = user;
        this.region = region;
        this.trainedOn = trainedOn;
        this.attestation = attestation;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public void withdraw(LocalDate on, String reason, String by, OffsetDateTime now) {
        if (!active()) {
            throw new IllegalStateException("already withdrawn on " + withdrawnOn);
        }
        this.withdrawnOn = on;
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = now;
    }

    /** What the rules of V.2 read of this membership. */
    public InternalAuditorRule.Membership membership() {
        return new InternalAuditorRule.Membership(region, trainedOn, withdrawnOn, withdrawnReason);
    }

    public boolean active() {
        return withdrawnOn == null;
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public String login() {
        return user.login();
    }

    public String region() {
        return region;
    }

    public LocalDate trainedOn() {
        return trainedOn;
    }

    public String attestation() {
        return attestation;
    }

    public String addedBy() {
        return addedBy;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    /** For the audit trail. */
    public String summary() {
        return login() + " region=" + region + " trainedOn=" + trainedOn + " attestation=" + attestation
                + (active() ? "" : " withdrawnOn=" + withdrawnOn + " reason=" + withdrawnReason);
    }
}
