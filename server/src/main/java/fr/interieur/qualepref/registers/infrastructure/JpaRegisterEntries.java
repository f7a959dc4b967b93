package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every register's entries through JPA, given the entity and the field it is listed by. No query names a site: the
 * entities are {@code @Multitenant} and the tables have forced row-level security (ADR 0004).
 */
abstract class JpaRegisterEntries<E, K> implements RegisterEntries<E, K> {

    /** References looked up per query during an import (PostgreSQL takes far more; this keeps statements small). */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    private final Class<E> type;
    private final String listedBy;

    /** @param listedBy the entity field the register is listed and paged by */
    JpaRegisterEntries(Class<E> type, String listedBy) {
        this.type = type;
        this.listedBy = listedBy;
    }

    private String entity() {
        return type.getSimpleName();
    }

    @Override
    public List<E> between(K from, K to, int offset, int limit) {
        return em.createQuery("SELECT e FROM " + entity() + " e WHERE e." + listedBy + " BETWEEN :from AND :to "
                        + "ORDER BY e." + listedBy + ", e.id", type)
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countBetween(K from, K to) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity() + " e WHERE e." + listedBy
                + " BETWEEN :from AND :to", Long.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public Optional<E> find(long id) {
        return em.createQuery("SELECT e FROM " + entity() + " e WHERE e.id = :id", type)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<E> withReference(String reference) {
        return em.createQuery("SELECT e FROM " + entity() + " e WHERE e.reference = :r", type)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public Set<String> existingReferences(Collection<String> references) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(em.createQuery("SELECT e.reference FROM " + entity() + " e WHERE e.reference IN :refs",
                    String.class).setParameter("refs", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(E entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public void storeAll(List<E> entries) {
        for (E e : entries) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public void remove(E entry) {
        em.remove(entry);
        em.flush();
    }
}
