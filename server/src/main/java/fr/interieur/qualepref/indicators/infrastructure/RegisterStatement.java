package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.indicators.domain.Register;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.FileChannel;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one statement that computes a register's indicators for a site: one pass over the site's entries of the
 * interval, grouped by period, kind and channel, with the counts every deadline of the rules needs; the rules (which
 * kinds, channels, years) are then applied to those few groups in Java. Shared by {@link SqlIndicatorSource} (JPA)
 * and the benchmark (JDBC).
 *
 * <p>Working days are numbered by arithmetic, not by a calendar table: the number of a day is the weekdays from a
 * Sunday epoch to it, less the weekday non-working days (public holidays, closures) up to it — found by a binary
 * search ({@code width_bucket}) in the sorted array of those days that the site's Java {@code WorkingDayCalendar}
 * gave, the one definition of a working day. The working days between two dates are a subtraction of their numbers.
 *
 * <p>The statement names no site: it runs on the site bound to the transaction, whose forced row-level security
 * keeps it there (ADR 0004).
 */
public final class RegisterStatement {

    // Performance (docs/benchmarks.md): the earlier statement numbered each entry's days by two hash joins on a
    // generated calendar and joined the entries to the rules (≈ 85,000 rows for 50,000 requests): 0.42 s per site.
    // Numbering by arithmetic (once per entry: the CTE is materialized) and counting the entries per delay leaves one
    // scan and one count(*) hash aggregate; the deadlines are applied in Java to the few thousand groups.

    /** A Sunday: day 1 is Monday 2018-01-01, the first day the calendar covers. */
    static final LocalDate EPOCH = LocalDate.of(2017, 12, 31);

    private static final String TEXT = """
            WITH off AS MATERIALIZED (
                SELECT CAST(?1 AS date[]) AS days
            ),
            entries AS (
                %s
            ),
            numbered AS MATERIALIZED (
                SELECT e.kind, e.channel, e.announced_delay_days AS ann,
                       CAST(date_trunc(CAST(?6 AS text), CAST(e.received_on AS timestamp)) AS date) AS period,
                       %s AS s, %s AS r
                FROM entries e CROSS JOIN off
            )
            SELECT n.period, n.kind, n.channel, n.ann, n.r - n.s AS d,
                   CASE WHEN n.r IS NULL THEN LEAST(a.idx - n.s, GREATEST(%d, n.ann) + 1) END AS open_age,
                   count(*)
            FROM numbered n CROSS JOIN (SELECT %s AS idx FROM off) AS a
            GROUP BY 1, 2, 3, 4, 5, 6
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
    private final List<RegisterRule> rules;
    private final Register register;

    private RegisterStatement(String sql, Register register, List<RegisterRule> rules) {
        this.sql = sql;
        this.register = register;
        this.rules = List.copyOf(rules);
    }

    /**
     * The statement and its parameters for these rules and periods.
     *
     * @param nonWorking every non-working day of the site from {@code calendarFrom} to {@code calendarTo}, as its
     *                   calendar says (weekends included: only the weekdays among them are kept)
     */
    public static RegisterStatement of(Register register, List<RegisterRule> rules, Period period, LocalDate from,
                                       LocalDate to, LocalDate asOf, LocalDate calendarFrom, LocalDate calendarTo,
                                       List<LocalDate> nonWorking) {
        int longest = rules.stream().filter(r -> !r.meanDelay() && r.deadline() != null)
                .mapToInt(RegisterRule::deadline).max().orElse(0);
        RegisterStatement s = new RegisterStatement(String.format(TEXT, ENTRIES.get(register), number("e.start_on"),
                number("e.replied_on"), longest, number("CAST(?7 AS date)")), register, rules);
        // Sorted weekday non-working days, and a sentinel so that the array is never empty.
        TreeSet<LocalDate> weekdaysOff = new TreeSet<>();
        for (LocalDate d : nonWorking) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdaysOff.add(d);
            }
        }
        weekdaysOff.add(LocalDate.of(9999, 12, 31));
        s.parameters.put(1, weekdaysOff.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")));
        s.parameters.put(3, calendarTo.toString());
        s.parameters.put(4, from.toString());
        s.parameters.put(5, to.toString());
        s.parameters.put(6, period.name().toLowerCase(Locale.ROOT));
        s.parameters.put(7, asOf.toString());
        return s;
    }

    /** The working-day number of {@code day} (an SQL date expression); null for null. */
    private static String number(String day) {
        String n = "(" + day + " - DATE '" + EPOCH + "')";
        // off.days: the array is read once (a CTE), not parsed from the parameter's text for every row.
        return "(5 * (" + n + " / 7) + LEAST(" + n + " % 7, 5) - width_bucket(" + day + ", off.days))";
    }

    /** The SQL with numbered placeholders ({@code ?1}), as JPA native queries take it. */
    public String sql() {
        return sql;
    }

    /** The text parameters by number (the statement casts every one). */
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

    /**
     * The rules' counts per period from the statement's rows — (period, kind, channel, announced delay, delay in working
     * days or null while open, age of an open entry on asOf capped past every deadline, number of entries): each rule
     * sums the rows of its kinds, channels and years, and judges each row against its deadline (the announced one when
     * the référentiel gives none). A rule with no entry in a period has no counts for it.
     */
    public List<RuleCounts> counts(List<Object[]> rows) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, RegisterRule> byKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LocalDate period = toLocalDate(row[0]);
            String kind = (String) row[1];
            String channel = (String) row[2];
            Integer announced = row[3] == null ? null : ((Number) row[3]).intValue();
            Long delay = row[4] == null ? null : number(row[4]);
            Long openAge = row[5] == null ? null : number(row[5]);
            long entries = number(row[6]);
            for (RegisterRule r : rules) {
                if (!r.kinds().contains(kind)
                        || !(r.channels().isEmpty() ? ALL_CHANNELS.get(register).contains(channel)
                                : r.channels().contains(channel))
                        || period.getYear() < r.firstYear() || period.getYear() > r.lastYear()) {
                    continue;
                }
                String key = r.code() + "/" + period;
                byKey.putIfAbsent(key, r);
                // met, late, pending, without deadline, replied, delay sum
                long[] k = sums.computeIfAbsent(key, x -> new long[6]);
                if (delay != null) {
                    k[4] += entries;
                    k[5] += delay * entries;
                }
                if (r.meanDelay()) {
                    continue;
                }
                Integer deadline = r.deadline() != null ? r.deadline() : announced;
                if (deadline == null) {
                    k[3] += entries;
                } else if (delay != null) {
                    k[delay <= deadline ? 0 : 1] += entries;
                } else {
                    k[openAge > deadline ? 1 : 2] += entries;
                }
            }
        }
        List<RuleCounts> counts = new ArrayList<>();
        sums.forEach((key, k) -> counts.add(new RuleCounts(byKey.get(key).code(),
                LocalDate.parse(key.substring(key.indexOf('/') + 1)), k[0], k[1], k[2], k[3], k[4], k[5])));
        return counts;
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
