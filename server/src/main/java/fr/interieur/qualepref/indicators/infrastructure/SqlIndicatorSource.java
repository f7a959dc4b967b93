package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.CorrespondenceCounts;
import fr.interieur.qualepref.indicators.domain.CorrespondenceRule;
import fr.interieur.qualepref.indicators.domain.IndicatorSource;
import fr.interieur.qualepref.indicators.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link CorrespondenceStatement} in the transaction's site: no row travels to Java, only a few numbers per
 * indicator and period. Native SQL skips EclipseLink's tenant filter; the forced row-level security of
 * correspondence_entry keeps the statement in the site bound to the transaction (ADR 0004).
 */
@ApplicationScoped
public class SqlIndicatorSource implements IndicatorSource {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<CorrespondenceCounts> correspondence(List<CorrespondenceRule> rules, Period period, LocalDate from,
                                                     LocalDate to, LocalDate asOf, LocalDate calendarFrom,
                                                     LocalDate calendarTo, List<LocalDate> nonWorking) {
        CorrespondenceStatement statement = CorrespondenceStatement.of(rules, period, from, to, asOf, calendarFrom,
                calendarTo, nonWorking);
        Query q = em.createNativeQuery(statement.sql());
        statement.parameters().forEach(q::setParameter);
        List<CorrespondenceCounts> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            counts.add(CorrespondenceStatement.counts((Object[]) row));
        }
        return counts;
    }
}
