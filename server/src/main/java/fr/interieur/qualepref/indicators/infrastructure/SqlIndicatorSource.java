package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.CorrespondenceCounts;
import fr.interieur.qualepref.indicators.domain.CorrespondenceRule;
import fr.interieur.qualepref.indicators.domain.IndicatorSource;
import fr.interieur.qualepref.indicators.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The indicators as one set-based statement per site: PostgreSQL numbers the site's working days (a running count
 * over the calendar window, with the non-working days the Java calendar gave), so the working days between two dates
 * are a subtraction of two numbers, and every rule is measured in one pass over the site's requests, grouped by
 * indicator and period. No row travels to Java; the result is a few numbers per indicator and period.
 *
 * <p>Native SQL skips EclipseLink's tenant filter: the forced row-level security of correspondence_entry keeps the
 * statement in the site bound to the transaction (ADR 0004).
 */
@ApplicationScoped
public class SqlIndicatorSource implements IndicatorSource {

    private static final String STATEMENT = """
            WITH off AS (
                SELECT DISTINCT d::date AS day FROM unnest(string_to_array(CAST(?1 AS text), ',')) AS d
            ),
            days AS (
                SELECT g::date AS day,
                       sum(CASE WHEN off.day IS NULL THEN 1 ELSE 0 END) OVER (ORDER BY g) AS idx
                FROM generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day') AS g
                LEFT JOIN off ON off.day = g::date
            ),
            rules (code, kinds, channels, deadline, first_year, last_year, mean) AS (
                VALUES %s
            ),
            entries AS (
                SELECT e.kind, e.channel, e.received_on, e.announced_delay_days,
                       LEAST(COALESCE(e.missing_received_on, e.received_on), CAST(?3 AS date)) AS start_on,
                       CASE WHEN e.holding_reply_on IS NULL AND e.replied_on IS NULL THEN NULL
                            ELSE LEAST(e.holding_reply_on, e.replied_on, CAST(?3 AS date)) END AS replied_on
                FROM correspondence_entry e
                WHERE e.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
            ),
            measured AS (
                SELECT r.code,
                       CAST(date_trunc(CAST(?6 AS text), e.received_on) AS date) AS period,
                       CASE WHEN r.mean THEN NULL ELSE COALESCE(r.deadline, e.announced_delay_days) END AS deadline,
                       r.mean,
                       ds.idx AS start_idx,
                       dr.idx AS reply_idx
                FROM entries e
                JOIN rules r ON e.kind = ANY (r.kinds)
                            AND (cardinality(r.channels) = 0 OR e.channel = ANY (r.channels))
                            AND CAST(extract(year FROM e.received_on) AS integer) BETWEEN r.first_year AND r.last_year
                JOIN days ds ON ds.day = e.start_on
                LEFT JOIN days dr ON dr.day = e.replied_on
            )
            SELECT m.code, m.period,
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND m.reply_idx - m.start_idx <= m.deadline),
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND (m.reply_idx - m.start_idx > m.deadline
                                    OR (m.reply_idx IS NULL AND a.idx - m.start_idx > m.deadline))),
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND m.reply_idx IS NULL
                                    AND a.idx - m.start_idx <= m.deadline),
                   count(*) FILTER (WHERE m.deadline IS NULL AND NOT m.mean),
                   count(m.reply_idx),
                   COALESCE(sum(m.reply_idx - m.start_idx), 0)
            FROM measured m
            CROSS JOIN (SELECT idx FROM days WHERE day = CAST(?7 AS date)) AS a
            GROUP BY m.code, m.period
            """;

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<CorrespondenceCounts> correspondence(List<CorrespondenceRule> rules, Period period, LocalDate from,
                                                     LocalDate to, LocalDate asOf, LocalDate calendarFrom,
                                                     LocalDate calendarTo, List<LocalDate> nonWorking) {
        StringBuilder values = new StringBuilder();
        int p = 8;
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                values.append(", ");
            }
            values.append(String.format("(CAST(?%d AS text), string_to_array(CAST(?%d AS text), ','), "
                    + "string_to_array(CAST(?%d AS text), ','), CAST(?%d AS integer), CAST(?%d AS integer), "
                    + "CAST(?%d AS integer), CAST(?%d AS boolean))", p, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6));
            p += 7;
        }
        Query q = em.createNativeQuery(String.format(STATEMENT, values))
                .setParameter(1, nonWorking.stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                .setParameter(2, calendarFrom.toString())
                .setParameter(3, calendarTo.toString())
                .setParameter(4, from.toString())
                .setParameter(5, to.toString())
                .setParameter(6, period.name().toLowerCase())
                .setParameter(7, asOf.toString());
        p = 8;
        for (CorrespondenceRule r : rules) {
            q.setParameter(p, r.code())
                    .setParameter(p + 1, r.kinds().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .setParameter(p + 2, r.channels().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .setParameter(p + 3, r.deadline() == null ? null : r.deadline().toString())
                    .setParameter(p + 4, Integer.toString(Math.max(r.firstYear(), 1)))
                    .setParameter(p + 5, Integer.toString(Math.min(r.lastYear(), 9999)))
                    .setParameter(p + 6, Boolean.toString(r.meanDelay()));
            p += 7;
        }
        List<CorrespondenceCounts> counts = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new CorrespondenceCounts((String) c[0], toLocalDate(c[1]), number(c[2]), number(c[3]),
                    number(c[4]), number(c[5]), number(c[6]), number(c[7])));
        }
        return counts;
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
