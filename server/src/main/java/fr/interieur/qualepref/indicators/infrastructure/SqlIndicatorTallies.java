package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.IndicatorTallies;
import fr.interieur.qualepref.registers.domain.Register;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs {@link RegisterTally}'s statements in the transaction, after the entity changes are written. */
@ApplicationScoped
public class SqlIndicatorTallies implements IndicatorTallies {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public boolean current(long siteId) {
        return ((Number) query(RegisterTally.current(siteId)).getSingleResult()).longValue() > 0;
    }

    @Override
    public Set<Long> currentSites() {
        Set<Long> ids = new HashSet<>();
        for (Object id : query(RegisterTally.currentSites()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    @Override
    public void refresh(long siteId, Register register, Set<LocalDate> months, List<LocalDate> nonWorking) {
        if (months.isEmpty()) {
            return;
        }
        lock(siteId);
        // Contiguous months together: an import of a year is one statement, a correction moving an entry from
        // January to November two.
        TreeSet<LocalDate> sorted = new TreeSet<>(months);
        LocalDate first = sorted.first();
        LocalDate last = first;
        for (LocalDate m : sorted.tailSet(first, false)) {
            if (!m.equals(last.plusMonths(1))) {
                retally(siteId, register, first, last, nonWorking);
                first = m;
            }
            last = m;
        }
        retally(siteId, register, first, last, nonWorking);
    }

    @Override
    public void rebuild(long siteId, List<LocalDate> nonWorking) {
        lock(siteId);
        query(RegisterTally.clearAll(siteId)).executeUpdate();
        LocalDate first = RegisterTally.CALENDAR_FROM;
        LocalDate last = RegisterTally.CALENDAR_TO.withDayOfMonth(1);
        for (Register register : Register.values()) {
            query(RegisterTally.build(siteId, register, first, last, nonWorking)).executeUpdate();
        }
        query(RegisterTally.markCurrent(siteId)).executeUpdate();
    }

    @Override
    public List<Long> stale() {
        List<Long> ids = new ArrayList<>();
        for (Object id : query(RegisterTally.stale()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private void retally(long siteId, Register register, LocalDate first, LocalDate last, List<LocalDate> off) {
        query(RegisterTally.clear(siteId, register, first, last)).executeUpdate();
        query(RegisterTally.build(siteId, register, first, last, off)).executeUpdate();
    }

    /** The site's tally lock, after the entries this transaction changed are written for the statements to see. */
    private void lock(long siteId) {
        em.flush();
        query(RegisterTally.lock(siteId)).getSingleResult();
    }

    private Query query(NativeSql sql) {
        Query q = em.createNativeQuery(sql.sql());
        sql.parameters().forEach(q::setParameter);
        return q;
    }
}
