package fr.interieur.qualepref.security.infrastructure;

import fr.interieur.qualepref.security.domain.SigningKey;
import fr.interieur.qualepref.security.domain.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The shared key set. Each call is its own transaction: a key created or rotated is visible to the other instances
 * at once, whatever the caller's transaction does afterwards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<SigningKey> all() {
        return em.createQuery("SELECT k FROM SigningKey k ORDER BY k.createdAt", SigningKey.class).getResultList();
    }

    @Override
    public void rotate(SigningKey next) {
        // Serialises rotations of all instances; the unique index on the active key is the last guard.
        em.createNativeQuery("LOCK TABLE signing_key IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        OffsetDateTime now = next.createdAt();
        em.createQuery("SELECT k FROM SigningKey k WHERE k.status = :active", SigningKey.class)
                .setParameter("active", SigningKey.Status.ACTIVE).getResultList()
                .forEach(k -> k.retire(now));
        em.flush();
        em.persist(next);
    }

    @Override
    public boolean storeFirst(SigningKey first) {
        // ON CONFLICT: another instance that created the first key at the same moment wins, without an error.
        return em.createNativeQuery("INSERT INTO signing_key (kid, algorithm, public_key, private_key_encrypted, "
                        + "status, created_at) SELECT ?, ?, ?, ?, 'ACTIVE', ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM signing_key) ON CONFLICT DO NOTHING")
                .setParameter(1, first.kid()).setParameter(2, first.algorithm()).setParameter(3, first.publicKey())
                .setParameter(4, first.privateKeyEncrypted()).setParameter(5, first.createdAt())
                .executeUpdate() == 1;
    }
}
