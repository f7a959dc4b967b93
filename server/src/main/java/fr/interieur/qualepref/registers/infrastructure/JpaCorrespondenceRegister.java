package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** No query names a site: the entity is {@code @Multitenant} and the table has forced row-level security. */
@ApplicationScoped
public class JpaCorrespondenceRegister implements CorrespondenceRegister {

    /** References looked up per query during an import (PostgreSQL takes far more; this keeps statements small). */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<CorrespondenceEntry> received(LocalDate from, LocalDate to, int offset, int limit) {
        return em.createQuery("SELECT e FROM CorrespondenceEntry e WHERE e.receivedOn BETWEEN :from AND :to "
                        + "ORDER BY e.receivedOn, e.id", CorrespondenceEntry.class)
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countReceived(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(e) FROM CorrespondenceEntry e WHERE e.receivedOn BETWEEN :from AND :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Optional<CorrespondenceEntry> find(long id) {
        return em.createQuery("SELECT e FROM CorrespondenceEntry e WHERE e.id = :id", CorrespondenceEntry.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<CorrespondenceEntry> withReference(String reference) {
        return em.createQuery("SELECT e FROM CorrespondenceEntry e WHERE e.reference = :r",
                CorrespondenceEntry.class).setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public Set<String> existingReferences(Collection<String> references) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(em.createQuery("SELECT e.reference FROM CorrespondenceEntry e WHERE e.reference IN :refs",
                    String.class).setParameter("refs", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(CorrespondenceEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public void storeAll(List<CorrespondenceEntry> entries) {
        for (CorrespondenceEntry e : entries) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public void remove(CorrespondenceEntry entry) {
        em.remove(entry);
        em.flush();
    }
}
