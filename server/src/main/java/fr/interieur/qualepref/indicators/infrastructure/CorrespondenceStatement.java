package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.CorrespondenceCounts;
import fr.interieur.qualepref.indicators.domain.CorrespondenceRule;
import fr.interieur.qualepref.indicators.domain.Period;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one statement that computes the correspondence indicators of a site: PostgreSQL numbers the site's working
 * days (a running count over the calendar window, with the non-working days the Java calendar gave), so the working
 * days between two dates are a subtraction of two numbers, and every rule is measured in one pass over the site's
 * requests, grouped by indicator and period. Shared by {@link SqlIndicatorSource} (JPA) and the benchmark (JDBC).
 *
 * <p>The statement names no site: it runs on the site bound to the transaction, whose forced row-level security
 * keeps it there (ADR 0004).
 */
public final class CorrespondenceStatement {

    private static final String TEXT = """
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    private final String sql;
    private final Map<Integer, Object> parameters = new TreeMap<>();

    private CorrespondenceStatement(String sql) {
        this.sql = sql;
    }

    /** The statement and its parameters for these rules, periods and calendar window. */
    public static CorrespondenceStatement of(List<CorrespondenceRule> rules, Period period, LocalDate from,
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
        CorrespondenceStatement s = new CorrespondenceStatement(String.format(TEXT, values));
        s.parameters.put(1, nonWorking.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        s.parameters.put(2, calendarFrom.toString());
        s.parameters.put(3, calendarTo.toString());
        s.parameters.put(4, from.toString());
        s.parameters.put(5, to.toString());
        s.parameters.put(6, period.name().toLowerCase(Locale.ROOT));
        s.parameters.put(7, asOf.toString());
        p = 8;
        for (CorrespondenceRule r : rules) {
            s.parameters.put(p, r.code());
            s.parameters.put(p + 1, r.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            s.parameters.put(p + 2, r.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            s.parameters.put(p + 3, r.deadline() == null ? null : r.deadline().toString());
            s.parameters.put(p + 4, Integer.toString(Math.max(r.firstYear(), 1)));
            s.parameters.put(p + 5, Integer.toString(Math.min(r.lastYear(), 9999)));
            s.parameters.put(p + 6, Boolean.toString(r.meanDelay()));
            p += 7;
        }
        return s;
    }

    /** The SQL with numbered placeholders ({@code ?1}), as JPA native queries take it. */
    public String sql() {
        return sql;
    }

    /** The text parameters by number; null stands for SQL NULL (the statement casts every one). */
    public Map<Integer, Object> parameters() {
        return parameters;
    }

    /** The SQL with plain {@code ?} placeholders, for JDBC, and its parameters in that order. */
    public Map.Entry<String, List<Object>> forJdbc() {
        List<Object> ordered = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ordered.add(parameters.get(Integer.parseInt(m.group(1))));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return Map.entry(out.toString(), ordered);
    }

    /** One result row (code, period, met, late, pending, without deadline, replied, delay sum) as counts. */
    public static CorrespondenceCounts counts(Object[] row) {
        return new CorrespondenceCounts((String) row[0], toLocalDate(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]), number(row[7]));
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
