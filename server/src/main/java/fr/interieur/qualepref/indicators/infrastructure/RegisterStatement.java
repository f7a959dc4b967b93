package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.indicators.domain.Register;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.FileChannel;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one statement that computes a register's indicators for a site: PostgreSQL numbers the site's working
 * days (a running count over the calendar window, with the non-working days the Java calendar gave), so the working
 * days between two dates are a subtraction of two numbers, and every rule is measured in one pass over the site's
 * requests, grouped by indicator and period. Shared by {@link SqlIndicatorSource} (JPA) and the benchmark (JDBC).
 *
 * <p>The statement names no site: it runs on the site bound to the transaction, whose forced row-level security
 * keeps it there (ADR 0004).
 */
public final class RegisterStatement {

    // Performance (docs/benchmarks.md): each entry is numbered once (two hash joins on the day), before it meets the
    // rules; the rules are expanded in Java to one row per (indicator, kind, channel), so entries meet them by an
    // equi-join; the CTEs that feed several aggregates are materialized so nothing is computed twice per row.
    private static final String TEXT = """
            WITH off AS (
                SELECT DISTINCT CAST(d AS date) AS day FROM unnest(string_to_array(CAST(?1 AS text), ',')) AS d
            ),
            days AS MATERIALIZED (
                SELECT CAST(g AS date) AS day,
                       CAST(sum(CASE WHEN off.day IS NULL THEN 1 ELSE 0 END) OVER (ORDER BY g) AS integer) AS idx
                FROM generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day') AS g
                LEFT JOIN off ON off.day = CAST(g AS date)
            ),
            rules (code, kind, channel, deadline, first_year, last_year, mean) AS MATERIALIZED (
                VALUES %s
            ),
            entries AS (
                %s
            ),
            numbered AS MATERIALIZED (
                SELECT e.kind, e.channel, e.received_on, e.announced_delay_days,
                       ds.idx AS start_idx, dr.idx AS reply_idx
                FROM entries e
                JOIN days ds ON ds.day = e.start_on
                LEFT JOIN days dr ON dr.day = e.replied_on
            ),
            measured AS MATERIALIZED (
                SELECT r.code,
                       CAST(date_trunc(CAST(?6 AS text), CAST(n.received_on AS timestamp)) AS date) AS period,
                       CASE WHEN r.mean THEN NULL ELSE COALESCE(r.deadline, n.announced_delay_days) END AS deadline,
                       r.mean, n.start_idx, n.reply_idx, a.idx AS as_of_idx
                FROM numbered n
                JOIN rules r ON r.kind = n.kind AND r.channel = n.channel
                CROSS JOIN (SELECT idx FROM days WHERE day = CAST(?7 AS date)) AS a
                WHERE CAST(extract(year FROM n.received_on) AS integer) BETWEEN r.first_year AND r.last_year
            )
            SELECT m.code, m.period,
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND m.reply_idx - m.start_idx <= m.deadline),
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND (m.reply_idx - m.start_idx > m.deadline
                                    OR (m.reply_idx IS NULL AND m.as_of_idx - m.start_idx > m.deadline))),
                   count(*) FILTER (WHERE m.deadline IS NOT NULL AND m.reply_idx IS NULL
                                    AND m.as_of_idx - m.start_idx <= m.deadline),
                   count(*) FILTER (WHERE m.deadline IS NULL AND NOT m.mean),
                   count(m.reply_idx),
                   COALESCE(sum(m.reply_idx - m.start_idx), 0)
            FROM measured m
            GROUP BY m.code, m.period
            """;

    /**
     * Each register's entries in the statement's terms: kind, channel, the day the entry belongs to its period by
     * (received_on), the day its clock starts and the day it was done (both within the calendar window), and a
     * per-entry deadline.
     */
    private static final Map<Register, String> ENTRIES = Map.of(
            // 17.1/17.2: the clock restarts when the missing pieces arrive; 3.1, 17.1: a holding reply is a reply.
            Register.CORRESPONDENCE, """
                SELECT e.kind, e.channel, e.received_on, e.announced_delay_days,
                       LEAST(COALESCE(e.missing_received_on, e.received_on), CAST(?3 AS date)) AS start_on,
                       CASE WHEN e.holding_reply_on IS NULL AND e.replied_on IS NULL THEN NULL
                            ELSE LEAST(e.holding_reply_on, e.replied_on, CAST(?3 AS date)) END AS replied_on
                FROM correspondence_entry e
                WHERE e.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)""",
            // 1.2: from the day the person in charge of the update was told to the day it is online.
            Register.UPDATES, """
                SELECT 'UPDATE' AS kind, u.medium AS channel, u.requested_on AS received_on,
                       CAST(NULL AS integer) AS announced_delay_days,
                       LEAST(u.requested_on, CAST(?3 AS date)) AS start_on,
                       CASE WHEN u.online_on IS NULL THEN NULL
                            ELSE LEAST(u.online_on, CAST(?3 AS date)) END AS replied_on
                FROM site_update_entry u
                WHERE u.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)""",
            // 37.1, 40.1: a date is proposed within 4 working days of receipt, for an appointment within the 10
            // working days that follow the proposal, "sauf indisponibilité du demandeur sur la période": a request
            // whose requester declared an unavailability meeting the days from the proposal to the appointment (or to
            // asOf while no date is fixed) is not measured against the 10 days.
            Register.APPOINTMENTS, """
                SELECT 'PROPOSAL' AS kind, a.requester AS channel, a.requested_on AS received_on,
                       CAST(NULL AS integer) AS announced_delay_days,
                       LEAST(a.requested_on, CAST(?3 AS date)) AS start_on,
                       CASE WHEN a.proposed_on IS NULL THEN NULL
                            ELSE LEAST(a.proposed_on, CAST(?3 AS date)) END AS replied_on
                FROM appointment_entry a
                WHERE a.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
                UNION ALL
                SELECT 'MEETING', a.requester, a.requested_on, CAST(NULL AS integer),
                       LEAST(a.proposed_on, CAST(?3 AS date)),
                       CASE WHEN a.appointment_on IS NULL THEN NULL
                            ELSE LEAST(a.appointment_on, CAST(?3 AS date)) END
                FROM appointment_entry a
                WHERE a.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date) AND a.proposed_on IS NOT NULL
                  AND NOT (a.unavailable_from IS NOT NULL
                           AND a.unavailable_from <= COALESCE(a.appointment_on, CAST(?7 AS date))
                           AND a.unavailable_until >= a.proposed_on)""",
            // 38.2, 39.2, 52.4: an incomplete file, from receipt to the contact listing what is missing (10 working
            // days); 38.3, 52.2: every file, from receipt to the decision, against the delay announced for it.
            Register.ADMINISTRATIVE_FILES, """
                SELECT 'DECISION' AS kind, f.channel, f.received_on, f.announced_delay_days,
                       LEAST(f.received_on, CAST(?3 AS date)) AS start_on,
                       CASE WHEN f.decided_on IS NULL THEN NULL
                            ELSE LEAST(f.decided_on, CAST(?3 AS date)) END AS replied_on
                FROM administrative_file f
                WHERE f.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
                UNION ALL
                SELECT 'CONTACT', f.channel, f.received_on, CAST(NULL AS integer),
                       LEAST(f.received_on, CAST(?3 AS date)),
                       CASE WHEN f.contacted_on IS NULL THEN NULL
                            ELSE LEAST(f.contacted_on, CAST(?3 AS date)) END
                FROM administrative_file f
                WHERE f.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date) AND f.incomplete""");

    /** Every channel of each register, for a rule that counts all channels. */
    private static final Map<Register, List<String>> ALL_CHANNELS = Map.of(
            Register.CORRESPONDENCE, Arrays.stream(CorrespondenceChannel.values()).map(Enum::name).toList(),
            Register.UPDATES, Arrays.stream(UpdateMedium.values()).map(Enum::name).toList(),
            Register.APPOINTMENTS, Arrays.stream(AppointmentRequester.values()).map(Enum::name).toList(),
            Register.ADMINISTRATIVE_FILES, Arrays.stream(FileChannel.values()).map(Enum::name).toList());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    private final String sql;
    private final Map<Integer, Object> parameters = new TreeMap<>();

    private RegisterStatement(String sql) {
        this.sql = sql;
    }

    /** The statement and its parameters for these rules, periods and calendar window. */
    public static RegisterStatement of(Register register, List<RegisterRule> rules, Period period, LocalDate from,
                                             LocalDate to, LocalDate asOf, LocalDate calendarFrom,
                                             LocalDate calendarTo, List<LocalDate> nonWorking) {
        List<Object[]> rows = new ArrayList<>();
        for (RegisterRule r : rules) {
            List<String> channels = r.channels().isEmpty() ? ALL_CHANNELS.get(register)
                    : r.channels().stream().sorted().toList();
            for (String kind : r.kinds().stream().sorted().toList()) {
                for (String channel : channels) {
                    rows.add(new Object[] {r.code(), kind, channel,
                        r.deadline() == null ? null : r.deadline().toString(),
                        Integer.toString(Math.max(r.firstYear(), 1)), Integer.toString(Math.min(r.lastYear(), 9999)),
                        Boolean.toString(r.meanDelay())});
                }
            }
        }
        StringBuilder values = new StringBuilder();
        int p = 8;
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "" : ", ").append(String.format("(CAST(?%d AS text), CAST(?%d AS text), "
                    + "CAST(?%d AS text), CAST(?%d AS integer), CAST(?%d AS integer), CAST(?%d AS integer), "
                    + "CAST(?%d AS boolean))", p, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6));
            p += 7;
        }
        RegisterStatement s = new RegisterStatement(String.format(TEXT, values, ENTRIES.get(register)));
        s.parameters.put(1, nonWorking.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        s.parameters.put(2, calendarFrom.toString());
        s.parameters.put(3, calendarTo.toString());
        s.parameters.put(4, from.toString());
        s.parameters.put(5, to.toString());
        s.parameters.put(6, period.name().toLowerCase(Locale.ROOT));
        s.parameters.put(7, asOf.toString());
        p = 8;
        for (Object[] row : rows) {
            for (Object value : row) {
                s.parameters.put(p++, value);
            }
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
    public static RuleCounts counts(Object[] row) {
        return new RuleCounts((String) row[0], toLocalDate(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]), number(row[7]));
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
