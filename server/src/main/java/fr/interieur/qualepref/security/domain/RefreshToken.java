package fr.interieur.qualepref.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refresh token, known only by its SHA-256. Each use replaces it by a new one of the same family; a token that was
 * already replaced or revoked and comes back is a stolen copy, and its whole family is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "family_id")
    private String familyId;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Column(name = "replaced_by")
    private String replacedBy;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, UUID familyId, long userId, OffsetDateTime issuedAt,
                        OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.familyId = familyId.toString();
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public UUID familyId() {
        return UUID.fromString(familyId);
    }

    public long userId() {
        return userId;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }

    public void replacedBy(String successorHash, OffsetDateTime now) {
        revoke(now);
        replacedBy = successorHash;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
