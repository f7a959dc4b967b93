package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.CrisisCounts;
import fr.interieur.qualepref.indicators.domain.ImportedCounts;
import fr.interieur.qualepref.indicators.domain.IndicatorSource;
import fr.interieur.qualepref.indicators.domain.SurveyCounts;
import fr.interieur.qualepref.indicators.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link RegisterStatement} in the transaction's site — on its per-month tallies for whole months when they are
 * current, on its registers for the rest: no entry travels to Java, only groups of them. Native SQL skips
 * EclipseLink's tenant filter; the forced row-level security of the register and tally tables keeps the statement in
 * the site bound to the transaction (ADR 0004).
 */
@ApplicationScoped
public class SqlIndicatorSource implements IndicatorSource {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<RuleCounts> counts(List<RegisterRule> rules, Period period, LocalDate from, LocalDate to,
                                   LocalDate asOf, LocalDate calendarFrom, LocalDate calendarTo,
                                   List<LocalDate> nonWorking, boolean tallied) {
        List<RegisterStatement> plan = RegisterStatement.plan(rules, period, from, to, asOf, calendarFrom,
                calendarTo, nonWorking, tallied);
        List<Object[]> rows = new ArrayList<>();
        for (RegisterStatement statement : plan) {
            rows.addAll(rows(statement));
        }
        return plan.get(0).counts(rows);
    }

    private List<Object[]> rows(RegisterStatement statement) {
        Query q = em.createNativeQuery(statement.sql());
        statement.parameters().forEach(q::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    @Override
    public List<CrisisCounts> crises(Period period, LocalDate from, LocalDate to, ZoneId zone, int cipHours) {
        Query q = em.createNativeQuery(CrisisStatement.SQL)
                .setParameter(1, period.name().toLowerCase(Locale.ROOT))
                .setParameter(2, zone.getId())
                .setParameter(3, Integer.toString(cipHours))
                .setParameter(4, from.atStartOfDay(zone).toOffsetDateTime().toString())
                .setParameter(5, to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().toString());
        List<CrisisCounts> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate day = c[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[0];
            counts.add(new CrisisCounts(day, ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                    ((Number) c[3]).longValue(), ((Number) c[4]).longValue(), ((Number) c[5]).longValue()));
        }
        return counts;
    }

    @Override
    public List<ImportedCounts> imported(Period period, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("""
                SELECT v.indicator,
                       CAST(date_trunc(CAST(?1 AS text), CAST(v.period_start AS timestamp)) AS date),
                       CAST(avg(v.value) AS double precision), count(*)
                FROM imported_value v
                WHERE v.period_start BETWEEN CAST(?2 AS date) AND CAST(?3 AS date)
                  AND (CASE v.period WHEN 'MONTH' THEN 1 ELSE 3 END) <= CAST(?4 AS integer)
                GROUP BY 1, 2""")
                .setParameter(1, period.name().toLowerCase(Locale.ROOT))
                .setParameter(2, from.toString())
                .setParameter(3, to.toString())
                .setParameter(4, Integer.toString(period.months()));
        List<ImportedCounts> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new ImportedCounts((String) c[0], day(c[1]), ((Number) c[2]).doubleValue(),
                    ((Number) c[3]).longValue()));
        }
        return counts;
    }

    @Override
    public List<SurveyCounts> surveys(Period period, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("""
                SELECT s.indicator,
                       CAST(date_trunc(CAST(?1 AS text), CAST(s.conducted_on AS timestamp)) AS date),
                       sum(s.satisfied), sum(s.respondents)
                FROM survey_result s
                WHERE s.conducted_on BETWEEN CAST(?2 AS date) AND CAST(?3 AS date)
                GROUP BY 1, 2""")
                .setParameter(1, period.name().toLowerCase(Locale.ROOT))
                .setParameter(2, from.toString())
                .setParameter(3, to.toString());
        List<SurveyCounts> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new SurveyCounts((String) c[0], day(c[1]), ((Number) c[2]).longValue(),
                    ((Number) c[3]).longValue()));
        }
        return counts;
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
