package fr.interieur.qualepref.indicators.infrastructure;

import fr.interieur.qualepref.indicators.domain.MonthSpan;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.registers.domain.Register;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The statements that compute a register's indicators for a site, in the same groups — period, kind, channel,
 * announced delay, delay in working days (done) or age on the day of the read (open), entries, sum of delays — from
 * which the rules (which kinds, channels, years, deadlines) are applied in Java ({@link #counts}):
 * <ul>
 *   <li>{@link #of}: one pass over the site's entries of the interval (any days);</li>
 *   <li>{@link #tallied}: the same groups summed from the site's per-month tallies ({@link RegisterTally}, ADR 0015),
 *       for whole months — a few hundred rows a month instead of every entry.</li>
 * </ul>
 * Shared by {@link SqlIndicatorSource} (JPA) and the benchmark (JDBC).
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

    /**
     * Done entries are tallied by their delay up to this many working days (or the delay announced for them, when
     * longer), and together past it — their exact sum kept: a comparison with any deadline up to it is exact.
     * The référentiel's longest working-day deadline is 15 (3.1 in 2019); {@link #tallyAnswers} sends a rule with a
     * longer one to the registers themselves.
     */
    public static final int TALLY_DELAY_CAP = 60;

    // The live statement: the registers' entries of the interval, numbered and grouped. Parameters: 1 the weekday
    // non-working days, 3 the end of the calendar window (dates are capped there), 4–5 the interval of receipt,
    // 6 the period, 7 asOf.
    private static final String LIVE = """
            WITH off AS MATERIALIZED (
                SELECT CAST(?1 AS date[]) AS days
            ),
            entries AS (
                %s
            ),
            numbered AS MATERIALIZED (
                SELECT e.kind, e.channel, e.ann,
                       CAST(date_trunc(CAST(?6 AS text), CAST(e.received_on AS timestamp)) AS date) AS period,
                       %s AS s, %s AS r
                FROM entries e CROSS JOIN off
                WHERE e.excused_from IS NULL OR (e.done_on IS NULL AND e.excused_from > CAST(?7 AS date))
            )
            SELECT n.period - DATE '1970-01-01', n.kind, n.channel, n.ann, n.r - n.s AS d,
                   CASE WHEN n.r IS NULL THEN LEAST(a.idx - n.s, GREATEST(%d, n.ann) + 1) END AS open_age,
                   count(*), COALESCE(sum(n.r - n.s), 0), CAST('%s' AS text)
            FROM numbered n CROSS JOIN (SELECT %s AS idx FROM off) AS a
            GROUP BY 1, 2, 3, 4, 5, 6
            """;

    // The same groups read from the tallies of whole months (RegisterTally), of several registers at once. Parameters:
    // 1 the weekday non-working days, 2 the registers, 3 the end of the calendar window, 4–5 the first and last
    // month, 6 the period, 7 asOf, 8 the rules' deadlines (sorted, then a sentinel). A delay (or an open age) is read
    // as the smallest of those deadlines, or of the group's announced delay, that it does not exceed: each comparison
    // with a deadline comes out as with the exact delay (d ≤ t exactly when that value ≤ t), and the groups of a
    // period shrink to a few per kind and channel. The period is given as days since 1970-01-01 (no date objects).
    private static final String TALLIED = """
            WITH off AS MATERIALIZED (
                SELECT CAST(?1 AS date[]) AS days, CAST(?8 AS integer[]) AS marks
            ),
            judged AS (
                SELECT t.month, t.kind, t.channel, t.announced_delay_days AS ann, t.register, t.entries, t.delay_sum,
                       t.delay_days AS d,
                       CASE WHEN t.open_since IS NOT NULL
                            THEN LEAST(a.idx - %s, GREATEST(%d, t.announced_delay_days) + 1) END AS age,
                       off.marks
                FROM register_tally t CROSS JOIN off CROSS JOIN (SELECT %s AS idx FROM off) AS a
                WHERE t.register = ANY (CAST(?2 AS text[])) AND t.month BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
                  AND (t.excused_from IS NULL OR t.excused_from > CAST(?7 AS date))
            )
            SELECT CAST(date_trunc(CAST(?6 AS text), CAST(j.month AS timestamp)) AS date) - DATE '1970-01-01',
                   j.kind, j.channel, j.ann,
                   CASE WHEN j.d IS NOT NULL THEN LEAST(j.marks[width_bucket(j.d - 1, j.marks) + 1],
                                                        CASE WHEN j.ann >= j.d THEN j.ann END) END,
                   CASE WHEN j.age IS NOT NULL THEN LEAST(j.marks[width_bucket(j.age - 1, j.marks) + 1],
                                                          CASE WHEN j.ann >= j.age THEN j.ann END) END,
                   sum(j.entries), sum(j.delay_sum), j.register
            FROM judged j
            GROUP BY 1, 2, 3, 4, 5, 6, 9
            """;

    /** Past every deadline: the last mark of the tallied statement, so that every delay has one. */
    private static final int PAST_EVERY_DEADLINE = 1_000_000;

    /**
     * Each register's entries in the statement's terms: kind, channel, the day the entry belongs to its period by
     * (received_on), the delay announced for it, the day its clock starts, the day it was done (null while open),
     * and the day from which an open entry is excused (the requester's unavailability) — an entry done despite an
     * excuse is not measured at all. Parameters 4–5: the interval of receipt.
     */
    static final Map<Register, String> ENTRIES = Map.of(
            // 17.1/17.2: the clock restarts when the missing pieces arrive; 3.1, 17.1: a holding reply is a reply.
            Register.CORRESPONDENCE, """
                SELECT e.kind, e.channel, e.received_on, e.announced_delay_days AS ann,
                       COALESCE(e.missing_received_on, e.received_on) AS start_on,
                       LEAST(e.holding_reply_on, e.replied_on) AS done_on, CAST(NULL AS date) AS excused_from
                FROM correspondence_entry e
                WHERE e.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)""",
            // 1.2: from the day the person in charge of the update was told to the day it is online.
            Register.UPDATES, """
                SELECT 'UPDATE' AS kind, u.medium AS channel, u.requested_on AS received_on,
                       CAST(NULL AS integer) AS ann, u.requested_on AS start_on, u.online_on AS done_on,
                       CAST(NULL AS date) AS excused_from
                FROM site_update_entry u
                WHERE u.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)""",
            // 37.1, 40.1: a date is proposed within 4 working days of receipt, for an appointment within the 10
            // working days that follow the proposal, "sauf indisponibilité du demandeur sur la période": a request
            // whose requester declared an unavailability meeting the days from the proposal to the appointment (or,
            // while no date is fixed, to the day of the read) is not measured against the 10 days.
            Register.APPOINTMENTS, """
                SELECT 'PROPOSAL' AS kind, a.requester AS channel, a.requested_on AS received_on,
                       CAST(NULL AS integer) AS ann, a.requested_on AS start_on, a.proposed_on AS done_on,
                       CAST(NULL AS date) AS excused_from
                FROM appointment_entry a
                WHERE a.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
                UNION ALL
                SELECT 'MEETING', a.requester, a.requested_on, CAST(NULL AS integer), a.proposed_on, a.appointment_on,
                       CASE WHEN a.unavailable_from IS NOT NULL AND a.unavailable_until >= a.proposed_on
                                 AND (a.appointment_on IS NULL OR a.unavailable_from <= a.appointment_on)
                            THEN a.unavailable_from END
                FROM appointment_entry a
                WHERE a.requested_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date) AND a.proposed_on IS NOT NULL""",
            // 38.2, 39.2, 52.4: an incomplete file, from receipt to the contact listing what is missing (10 working
            // days); 38.3, 52.2: every file, from receipt to the decision, against the delay announced for it.
            Register.ADMINISTRATIVE_FILES, """
                SELECT 'DECISION' AS kind, f.channel, f.received_on, f.announced_delay_days AS ann,
                       f.received_on AS start_on, f.decided_on AS done_on, CAST(NULL AS date) AS excused_from
                FROM administrative_file f
                WHERE f.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date)
                UNION ALL
                SELECT 'CONTACT', f.channel, f.received_on, CAST(NULL AS integer), f.received_on, f.contacted_on,
                       CAST(NULL AS date)
                FROM administrative_file f
                WHERE f.received_on BETWEEN CAST(?4 AS date) AND CAST(?5 AS date) AND f.incomplete""");


    /** Every channel of each register, for a rule that counts all channels. */
    private static final Map<Register, List<String>> ALL_CHANNELS = Map.of(
            Register.CORRESPONDENCE, Arrays.stream(CorrespondenceChannel.values()).map(Enum::name).toList(),
            Register.UPDATES, Arrays.stream(UpdateMedium.values()).map(Enum::name).toList(),
            Register.APPOINTMENTS, Arrays.stream(AppointmentRequester.values()).map(Enum::name).toList(),
            Register.ADMINISTRATIVE_FILES, Arrays.stream(FileChannel.values()).map(Enum::name).toList());

    private final String sql;
    private final Map<Integer, Object> parameters = new TreeMap<>();
    private final List<RegisterRule> rules;

    private RegisterStatement(String sql, List<RegisterRule> rules) {
        this.sql = sql;
        this.rules = List.copyOf(rules);
    }

    /**
     * The statement computing {@code register}'s rules' groups from its entries received from {@code from} to
     * {@code to}.
     *
     * @param nonWorking every non-working day of the site from {@code calendarFrom} to {@code calendarTo}, as its
     *                   calendar says (weekends included: only the weekdays among them are kept)
     */
    public static RegisterStatement of(Register register, List<RegisterRule> rules, Period period, LocalDate from,
                                       LocalDate to, LocalDate asOf, LocalDate calendarFrom, LocalDate calendarTo,
                                       List<LocalDate> nonWorking) {
        List<RegisterRule> own = rules.stream().filter(r -> r.register() == register).toList();
        String capped = "CASE WHEN e.done_on IS NULL THEN NULL ELSE LEAST(e.done_on, CAST(?3 AS date)) END";
        String sql = String.format(LIVE, ENTRIES.get(register), number("LEAST(e.start_on, CAST(?3 AS date))"),
                number(capped), longest(own), register.name(), number("CAST(?7 AS date)"));
        return new RegisterStatement(sql, own).with(period, from, to, asOf, calendarTo, nonWorking);
    }

    /**
     * The same groups, of every register the rules measure, read from the site's tallies of the months from
     * {@code firstMonth} to {@code lastMonth} (first days of months): one statement for them all. The tallies must
     * be current ({@link RegisterTally}) and able to judge the rules ({@link #tallyAnswers}).
     */
    public static RegisterStatement tallied(List<RegisterRule> rules, Period period, LocalDate firstMonth,
                                            LocalDate lastMonth, LocalDate asOf, LocalDate calendarTo,
                                            List<LocalDate> nonWorking) {
        if (!tallyAnswers(rules)) {
            throw new IllegalArgumentException("a deadline longer than " + TALLY_DELAY_CAP + " working days");
        }
        String sql = String.format(TALLIED, number("LEAST(t.open_since, CAST(?3 AS date))"), longest(rules),
                number("CAST(?7 AS date)"));
        RegisterStatement s = new RegisterStatement(sql, rules)
                .with(period, firstMonth, lastMonth, asOf, calendarTo, nonWorking);
        s.parameters.put(2, registers(rules).stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")));
        TreeSet<Integer> marks = new TreeSet<>();
        rules.stream().filter(r -> !r.meanDelay() && r.deadline() != null).forEach(r -> marks.add(r.deadline()));
        marks.add(PAST_EVERY_DEADLINE);
        s.parameters.put(8, marks.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        return s;
    }

    /**
     * The statements that give these rules' groups (of any registers) for the interval: with current tallies that
     * can judge the rules, one on the tallies for its whole months and one per register for the days at its ends;
     * else one per register on its entries for all of it. Their rows together go to {@link #counts} of any of them.
     */
    public static List<RegisterStatement> plan(List<RegisterRule> rules, Period period, LocalDate from, LocalDate to,
                                               LocalDate asOf, LocalDate calendarFrom, LocalDate calendarTo,
                                               List<LocalDate> nonWorking, boolean tallied) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rule to compute");
        }
        List<RegisterStatement> statements = new ArrayList<>();
        if (!tallied || !tallyAnswers(rules)) {
            for (Register register : registers(rules)) {
                statements.add(of(register, rules, period, from, to, asOf, calendarFrom, calendarTo, nonWorking));
            }
            return statements;
        }
        MonthSpan span = MonthSpan.of(from, to);
        span.wholeMonths().ifPresent(m -> statements.add(tallied(rules, period, m.first(), m.last(), asOf,
                calendarTo, nonWorking)));
        for (MonthSpan.Days part : span.parts()) {
            for (Register register : registers(rules)) {
                statements.add(of(register, rules, period, part.from(), part.to(), asOf, calendarFrom, calendarTo,
                        nonWorking));
            }
        }
        return statements;
    }

    /** The registers the rules measure, in their order. */
    private static Set<Register> registers(List<RegisterRule> rules) {
        Set<Register> registers = new TreeSet<>();
        rules.forEach(r -> registers.add(r.register()));
        return registers;
    }

    /** Whether the tallies can judge these rules: no working-day deadline past {@link #TALLY_DELAY_CAP}. */
    public static boolean tallyAnswers(List<RegisterRule> rules) {
        return rules.stream().allMatch(r -> r.deadline() == null || r.deadline() <= TALLY_DELAY_CAP);
    }

    private RegisterStatement with(Period period, LocalDate from, LocalDate to, LocalDate asOf, LocalDate calendarTo,
                                   List<LocalDate> nonWorking) {
        parameters.put(1, weekdaysOff(nonWorking));
        parameters.put(3, calendarTo.toString());
        parameters.put(4, from.toString());
        parameters.put(5, to.toString());
        parameters.put(6, period.name().toLowerCase(Locale.ROOT));
        parameters.put(7, asOf.toString());
        return this;
    }

    /** The longest deadline in working days of the rules (open entries' ages are capped just past it). */
    private static int longest(List<RegisterRule> rules) {
        return rules.stream().filter(r -> !r.meanDelay() && r.deadline() != null)
                .mapToInt(RegisterRule::deadline).max().orElse(0);
    }

    /**
     * The weekday non-working days among {@code nonWorking}, sorted, as a PostgreSQL date array literal, with a
     * sentinel so that it is never empty.
     */
    static String weekdaysOff(List<LocalDate> nonWorking) {
        TreeSet<LocalDate> weekdaysOff = new TreeSet<>();
        for (LocalDate d : nonWorking) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdaysOff.add(d);
            }
        }
        weekdaysOff.add(LocalDate.of(9999, 12, 31));
        return weekdaysOff.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The working-day number of {@code day} (an SQL date expression); null for null. */
    static String number(String day) {
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

    /** The statement and its parameters, for JDBC. */
    public NativeSql nativeSql() {
        return new NativeSql(sql, parameters);
    }

    /**
     * The rules' counts per period from the rows of one or more statements of these rules — (period, kind, channel,
     * announced delay, delay in working days or null while open, age of an open entry on asOf capped past every
     * deadline, number of entries, sum of their delays, register): each rule of the row's register
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
            Long delay = row[4] == null ? null : longOf(row[4]);
            Long openAge = row[5] == null ? null : longOf(row[5]);
            long entries = longOf(row[6]);
            long delaySum = longOf(row[7]);
            Register register = Register.valueOf((String) row[8]);
            for (RegisterRule r : rules) {
                if (r.register() != register || !r.kinds().contains(kind)
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
                    k[5] += delaySum;
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
        if (o instanceof Number days) {
            return LocalDate.ofEpochDay(days.longValue());
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long longOf(Object o) {
        return ((Number) o).longValue();
    }
}
