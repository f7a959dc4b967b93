package fr.interieur.qualepref.governance.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The JPQL plumbing shared by the governance repositories. No query here names a site: every governance entity is
 * {@code @Multitenant}, so EclipseLink adds {@code site_id = <bound site>}, and row-level security filters again.
 */
abstract class JpaGovernanceStore {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    <T> List<T> list(Class<T> type, String jpql, Object... namedValues) {
        return query(type, jpql, namedValues).getResultList();
    }

    <T> Optional<T> one(Class<T> type, String jpql, Object... namedValues) {
        return query(type, jpql, namedValues).getResultStream().findFirst();
    }

    /** Persists a new entity, or flushes the changes of a managed one, so a constraint fails inside the call. */
    void save(Object entity) {
        if (!em.contains(entity)) {
            em.persist(entity);
        }
        em.flush();
    }

    private <T> TypedQuery<T> query(Class<T> type, String jpql, Object... namedValues) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        for (int i = 0; i < namedValues.length; i += 2) {
            q.setParameter((String) namedValues[i], namedValues[i + 1]);
        }
        return q;
    }
}
