package fr.interieur.qualepref.security.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by their hash. */
public interface RefreshTokenRepository {

    /** The token, locked for the rest of the transaction so that two concurrent uses cannot both rotate it. */
    Optional<RefreshToken> findForUpdate(String tokenHash);

    void store(RefreshToken token);

    /** Revokes every token of the family that is not revoked yet. */
    void revokeFamily(UUID familyId, OffsetDateTime now);

    /** Revokes every live token of the user (deactivation). */
    void revokeAllOf(long userId, OffsetDateTime now);
}
