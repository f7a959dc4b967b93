package fr.interieur.qualepref.calendar.infrastructure;

import fr.interieur.qualepref.calendar.domain.ClosureDay;
import fr.interieur.qualepref.calendar.domain.ClosureDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** No query names a site: the entity is {@code @Multitenant} and the table has forced row-level security. */
@ApplicationScoped
public class JpaClosureDays implements ClosureDays {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<ClosureDay> between(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM ClosureDay c WHERE c.day BETWEEN :from AND :to ORDER BY c.day",
                ClosureDay.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<ClosureDay> on(LocalDate day) {
        return em.createQuery("SELECT c FROM ClosureDay c WHERE c.day = :day", ClosureDay.class)
                .setParameter("day", day).getResultStream().findFirst();
    }

    @Override
    public void store(ClosureDay closure) {
        em.persist(closure);
        em.flush();
    }

    @Override
    public void remove(ClosureDay closure) {
        em.remove(closure);
        em.flush();
    }
}
