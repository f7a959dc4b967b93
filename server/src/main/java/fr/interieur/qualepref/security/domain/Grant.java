package fr.interieur.qualepref.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A stored role grant: the {@link RoleGrant} a user holds, with who granted it and when. Revoking deletes the row, so a
 * revoked role stops working on the very next request (grants are loaded for every request).
 */
@Entity
@Table(name = "role_grant")
public class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "site_id")
    private Long siteId;
    private String region;
    @Column(name = "valid_from")
    private OffsetDateTime validFrom;
    @Column(name = "valid_until")
    private OffsetDateTime validUntil;
    @Column(name = "granted_by")
    private String grantedBy;
    @Column(name = "granted_at")
    private OffsetDateTime grantedAt;

    protected Grant() {
    }

    public Grant(long userId, RoleGrant grant, String grantedBy, OffsetDateTime now) {
        if (grant.validFrom() != null && grant.validUntil() != null && !grant.validFrom().isBefore(grant.validUntil())) {
            throw new IllegalArgumentException("validFrom must be before validUntil");
        }
        this.userId = userId;
        this.role = grant.role();
        this.siteId = grant.siteId();
        this.region = grant.region();
        this.validFrom = grant.validFrom();
        this.validUntil = grant.validUntil();
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }

    /** Moves the window of a grant that follows dates of the platform (an auditor's access to an audited site). */
    public void rewindow(OffsetDateTime from, OffsetDateTime until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("validFrom must be before validUntil");
        }
        this.validFrom = from;
        this.validUntil = until;
    }

    public RoleGrant toRoleGrant() {
        return new RoleGrant(role, siteId, region, validFrom, validUntil);
    }
}
