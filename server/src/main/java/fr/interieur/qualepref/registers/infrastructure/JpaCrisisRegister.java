package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.CrisisTimeline;
import fr.interieur.qualepref.registers.domain.CrisisRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** No query names a site: the entity is {@code @Multitenant} and the table has forced row-level security. */
@ApplicationScoped
public class JpaCrisisRegister implements CrisisRegister {

    /** References looked up per query during an import (PostgreSQL takes far more; this keeps statements small). */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<CrisisTimeline> started(OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
        return em.createQuery("SELECT e FROM CrisisTimeline e WHERE e.codActivatedAt BETWEEN :from AND :to "
                        + "ORDER BY e.codActivatedAt, e.id", CrisisTimeline.class)
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countStarted(OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("SELECT COUNT(e) FROM CrisisTimeline e WHERE e.codActivatedAt BETWEEN :from AND :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Optional<CrisisTimeline> find(long id) {
        return em.createQuery("SELECT e FROM CrisisTimeline e WHERE e.id = :id", CrisisTimeline.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<CrisisTimeline> withReference(String reference) {
        return em.createQuery("SELECT e FROM CrisisTimeline e WHERE e.reference = :r",
                CrisisTimeline.class).setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public Set<String> existingReferences(Collection<String> references) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(em.createQuery("SELECT e.reference FROM CrisisTimeline e WHERE e.reference IN :refs",
                    String.class).setParameter("refs", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(CrisisTimeline entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public void storeAll(List<CrisisTimeline> timelines) {
        for (CrisisTimeline e : timelines) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public void remove(CrisisTimeline entry) {
        em.remove(entry);
        em.flush();
    }
}
