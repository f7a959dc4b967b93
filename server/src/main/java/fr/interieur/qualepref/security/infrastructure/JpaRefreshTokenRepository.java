package fr.interieur.qualepref.security.infrastructure;

import fr.interieur.qualepref.security.domain.RefreshToken;
import fr.interieur.qualepref.security.domain.RefreshTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens through JPA; rotation locks the row (SELECT ... FOR UPDATE) so a token rotates once. */
@ApplicationScoped
public class JpaRefreshTokenRepository implements RefreshTokenRepository {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<RefreshToken> findForUpdate(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(RefreshToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public void revokeFamily(UUID familyId, OffsetDateTime now) {
        em.flush();
        em.createQuery("UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.familyId = :family "
                        + "AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("family", familyId.toString()).executeUpdate();
        em.clear();
    }

    @Override
    public void revokeAllOf(long userId, OffsetDateTime now) {
        em.flush();
        em.createQuery("UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.userId = :user AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("user", userId).executeUpdate();
    }
}
