package fr.interieur.qualepref.indicators.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import fr.interieur.qualepref.testing.ShippedReferential;
import fr.interieur.qualepref.testing.SiteJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The per-month tallies (ADR 0015) give exactly the counts the registers give, for every rule of the shipped
 * référentiel, every register, periods by month, quarter and year, intervals with and without whole months, open
 * entries judged on several days — and still after entries are corrected, moved to another month or removed and a
 * closure is declared, once the keeper's statements have run. Random registers of two sites (Bas-Rhin, whose Good
 * Friday and 26 December are holidays, and Guadeloupe, with its abolition day), in a database of its own, through the
 * statements the server runs, as the application role under row-level security.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterTallyIT {

    static final String DB = "register_tally_it";
    static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    static DataSource owner;
    static DataSource app;
    static final Map<Long, String> SITES = new LinkedHashMap<>();

    /** Intervals (from, to, period, asOf) that the tallies and the registers must answer alike. */
    static final List<Object[]> QUESTIONS = List.of(
            new Object[] {"2020-01-01", "2020-12-31", Period.MONTH, "2021-03-31"},
            new Object[] {"2019-11-01", "2021-02-28", Period.YEAR, "2020-06-15"},
            new Object[] {"2019-12-10", "2020-09-17", Period.QUARTER, "2020-03-02"},
            new Object[] {"2020-02-03", "2020-03-20", Period.MONTH, "2020-03-10"},
            new Object[] {"2020-05-01", "2020-05-31", Period.YEAR, "2020-05-20"});

    @BeforeAll
    static void twoSitesWithRandomRegisters() throws Exception {
        IntegrationDatabase.Roles roles = IntegrationDatabase.freshDatabase(DB);
        owner = roles.owner();
        app = roles.app();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referential_version (code, title, published_on, source_file, source_sha256) "
                    + "VALUES ('t', 't', '2019-01-01', 't.yaml', repeat('a', 64))");
            for (String department : List.of("67", "971")) {
                try (ResultSet rs = s.executeQuery("INSERT INTO site (code, name, type, department_code, region, "
                        + "has_cert, referential_version_id, engaged) VALUES ('" + department + "', 'Préfecture', "
                        + "'PREFECTURE', '" + department + "', 'Test region', true, "
                        + "(SELECT id FROM referential_version), true) RETURNING id")) {
                    rs.next();
                    SITES.put(rs.getLong(1), department);
                }
            }
        }
        double seed = 0.1;
        for (long site : SITES.keySet()) {
            double siteSeed = seed;
            inSite(owner, site, c -> {
                for (String generate : GENERATE) {
                    try (PreparedStatement ps = c.prepareStatement(generate)) {
                        ps.setLong(1, site);
                        ps.setDouble(2, siteSeed);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
            seed += 0.3;
            inSite(app, site, c -> {
                rebuild(c, site);
                return null;
            });
        }
    }

    @Test
    @Order(1)
    void theTalliesAnswerEveryRuleOfEveryRegisterAsTheRegistersDo() throws Exception {
        assertTalliesAgreeWithRegisters();
    }

    @Test
    @Order(2)
    void afterCorrectionsMovesRemovalsAndNewEntriesTheRefreshedMonthsStillAgree() throws Exception {
        for (long site : SITES.keySet()) {
            Map<Register, List<LocalDate>> touched = inSite(owner, site, c -> {
                Map<Register, List<LocalDate>> months = new TreeMap<>();
                try (Statement s = c.createStatement()) {
                    // replies given, replies withdrawn, a request moved from March to October, requests removed
                    s.executeUpdate("UPDATE correspondence_entry SET replied_on = received_on + 2, "
                            + "holding_reply_on = NULL WHERE received_on BETWEEN '2020-03-01' AND '2020-03-31' "
                            + "AND replied_on IS NULL");
                    s.executeUpdate("UPDATE correspondence_entry SET replied_on = NULL, holding_reply_on = NULL "
                            + "WHERE received_on BETWEEN '2020-07-01' AND '2020-07-10'");
                    s.executeUpdate("UPDATE correspondence_entry SET received_on = received_on + 214, "
                            + "missing_requested_on = NULL, missing_received_on = NULL, "
                            + "replied_on = replied_on + 214, holding_reply_on = holding_reply_on + 214, "
                            + "acknowledged_on = NULL WHERE received_on BETWEEN '2020-03-01' AND '2020-03-05'");
                    s.executeUpdate("DELETE FROM administrative_file WHERE received_on BETWEEN '2020-05-01' "
                            + "AND '2020-05-15'");
                    s.executeUpdate("UPDATE appointment_entry SET appointment_on = NULL WHERE requested_on "
                            + "BETWEEN '2020-09-01' AND '2020-09-30'");
                    s.executeUpdate("UPDATE site_update_entry SET online_on = requested_on + 9 WHERE requested_on "
                            + "BETWEEN '2020-11-01' AND '2020-11-30'");
                }
                months.put(Register.CORRESPONDENCE, List.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 1),
                        LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 1)));
                months.put(Register.ADMINISTRATIVE_FILES, List.of(LocalDate.of(2020, 5, 1)));
                months.put(Register.APPOINTMENTS, List.of(LocalDate.of(2020, 9, 1)));
                months.put(Register.UPDATES, List.of(LocalDate.of(2020, 11, 1)));
                return months;
            });
            assertThat(answers(site, false)).as("the registers changed").isNotEqualTo(answers(site, true));
            inSite(app, site, c -> {
                run(c, RegisterTally.lock(site));
                List<LocalDate> off = nonWorking(c, site, FIRST, LAST);
                for (var e : touched.entrySet()) {
                    for (LocalDate month : e.getValue()) {
                        run(c, RegisterTally.clear(site, e.getKey(), month, month));
                        run(c, RegisterTally.build(site, e.getKey(), month, month, off));
                    }
                }
                return null;
            });
        }
        assertTalliesAgreeWithRegisters();
    }

    @Test
    @Order(3)
    void aClosureChangesTheDelaysThatSpanItAndARebuildFollowsIt() throws Exception {
        long site = SITES.keySet().iterator().next();
        inSite(owner, site, c -> {
            try (Statement s = c.createStatement()) {
                for (String day : List.of("2020-06-10", "2020-06-11", "2020-10-05")) {
                    s.executeUpdate("INSERT INTO site_closure_day (site_id, day, reason, declared_by, declared_at) "
                            + "VALUES (" + site + ", '" + day + "', 'travaux', 'test', now())");
                }
            }
            return null;
        });
        assertThat(answers(site, true)).as("the tallies counted the closed days as worked")
                .isNotEqualTo(answers(site, false));
        inSite(app, site, c -> {
            rebuild(c, site);
            return null;
        });
        assertThat(answers(site, true)).isEqualTo(answers(site, false));
    }

    @Test
    @Order(4)
    void aSiteSeesOnlyItsOwnTalliesAndSitesWithoutCurrentTalliesAreStale() throws Exception {
        List<Long> ids = new ArrayList<>(SITES.keySet());
        for (long site : ids) {
            long others = inSite(app, site, c -> single(c, "SELECT count(*) FROM register_tally WHERE site_id = "
                    + ids.stream().filter(i -> i != site).findFirst().orElseThrow()));
            long own = inSite(app, site, c -> single(c, "SELECT count(DISTINCT site_id) FROM register_tally"));
            assertThat(others).isZero();
            assertThat(own).isEqualTo(1);
        }
        long third;
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("INSERT INTO site (code, name, type, department_code, region, has_cert, "
                     + "referential_version_id, engaged) VALUES ('13', 'Préfecture', 'PREFECTURE', '13', "
                     + "'Test region', true, (SELECT id FROM referential_version), true) RETURNING id")) {
            rs.next();
            third = rs.getLong(1);
        }
        List<Long> stale = inSite(app, ids.get(0), c -> {
            List<Long> found = new ArrayList<>();
            for (Object[] row : SiteJdbc.rows(c, RegisterTally.stale())) {
                found.add(((Number) row[0]).longValue());
            }
            return found;
        });
        assertThat(stale).containsExactly(third);
    }

    static void assertTalliesAgreeWithRegisters() throws SQLException {
        for (long site : SITES.keySet()) {
            Map<String, List<RuleCounts>> registers = answers(site, false);
            Map<String, List<RuleCounts>> tallies = answers(site, true);
            assertThat(registers.values().stream().mapToLong(List::size).sum()).as("counts to compare")
                    .isGreaterThan(100);
            assertThat(registers.values().stream().flatMap(List::stream).mapToLong(RuleCounts::pending).sum())
                    .as("open entries still within their deadline on some days").isPositive();
            assertThat(tallies).isEqualTo(registers);
        }
    }

    /** Every question, for every register, as the server plans it: with the tallies or from the registers only. */
    static Map<String, List<RuleCounts>> answers(long site, boolean tallied) throws SQLException {
        return inSite(app, site, c -> {
            Map<String, List<RuleCounts>> answers = new TreeMap<>();
            for (Object[] q : QUESTIONS) {
                LocalDate from = LocalDate.parse((String) q[0]);
                LocalDate to = LocalDate.parse((String) q[1]);
                Period period = (Period) q[2];
                LocalDate asOf = LocalDate.parse((String) q[3]);
                LocalDate calendarFrom = from.isBefore(asOf) ? from : asOf;
                LocalDate calendarTo = (to.isAfter(asOf) ? to : asOf).plusYears(1);
                List<LocalDate> off = nonWorking(c, site, calendarFrom, calendarTo);
                for (Register register : Register.values()) {
                    List<RegisterRule> rules = rules(register);
                    List<RegisterStatement> plan = RegisterStatement.plan(rules, period, from, to, asOf,
                            calendarFrom, calendarTo, off, tallied);
                    List<Object[]> rows = new ArrayList<>();
                    for (RegisterStatement s : plan) {
                        rows.addAll(SiteJdbc.rows(c, s.nativeSql()));
                    }
                    List<RuleCounts> counts = new ArrayList<>(plan.get(0).counts(rows));
                    counts.sort(java.util.Comparator.comparing(RuleCounts::code).thenComparing(RuleCounts::period));
                    answers.put(String.join(" ", (String) q[0], (String) q[1], period.name(), (String) q[3],
                            register.name()), counts);
                }
            }
            return answers;
        });
    }

    /** The rules of a register in the shipped référentiel, every year of validity. */
    static List<RegisterRule> rules(Register register) {
        List<RegisterRule> rules = new ArrayList<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            RegisterRule.of(i.commitment(), i.code(), i.kind(), i.deadlineValue(), i.deadlineUnit(), i.channel(),
                    i.validFrom(), i.validUntil()).filter(r -> r.register() == register).ifPresent(rules::add);
        }
        assertThat(rules).as(register + " rules").isNotEmpty();
        return rules;
    }

    static void rebuild(Connection c, long site) throws SQLException {
        run(c, RegisterTally.lock(site));
        run(c, RegisterTally.clearAll(site));
        List<LocalDate> off = nonWorking(c, site, FIRST, LAST);
        for (Register register : Register.values()) {
            run(c, RegisterTally.build(site, register, RegisterTally.CALENDAR_FROM,
                    RegisterTally.CALENDAR_TO.withDayOfMonth(1), off));
        }
        run(c, RegisterTally.markCurrent(site));
    }

    /** The site's non-working days, its declared closures included, as SiteCalendars gives them. */
    static List<LocalDate> nonWorking(Connection c, long site, LocalDate from, LocalDate to) throws SQLException {
        Map<LocalDate, String> closures = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT day, reason FROM "
                + "site_closure_day")) {
            while (rs.next()) {
                closures.put(rs.getObject(1, LocalDate.class), rs.getString(2));
            }
        }
        return new WorkingDayCalendar(SITES.get(site), closures).nonWorkingDays(from, to).stream()
                .map(NonWorkingDay::date).collect(Collectors.toList());
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void run(Connection c, NativeSql sql) throws SQLException {
        SiteJdbc.run(c, sql);
    }

    static <T> T inSite(DataSource roles, long site, SiteJdbc.Work<T> work) throws SQLException {
        return SiteJdbc.inSite(roles, site, work);
    }

    /**
     * Random entries received from mid-November 2019 to mid-February 2021 (across the 2019/2020 rule change and two
     * year ends): every kind and channel, incomplete requests, holding replies, open entries, appointments with
     * unavailabilities, files with announced delays up to 90 working days (past the tally's cap).
     */
    static final List<String> GENERATE = List.of("""
            INSERT INTO correspondence_entry (site_id, reference, channel, kind, received_on, missing_requested_on,
                missing_received_on, holding_reply_on, replied_on, announced_delay_days, recorded_by, updated_at)
            SELECT site, 'C-' || g, ch, k, r, mq, mr,
                   CASE WHEN x4 < 0.2 THEN r + 1 + floor(x4 * 20)::int END,
                   CASE WHEN x5 < 0.9 THEN COALESCE(mr, r) + floor(x6 * x6 * 100)::int END,
                   CASE WHEN x4 > 0.7 THEN 1 + floor(x6 * 30)::int END, 'test', now()
            FROM (
                SELECT g, site, r, x4, x5, x6,
                       (ARRAY['INFORMATION_REQUEST', 'SUGGESTION', 'COMPLAINT', 'COLLECTIVITY_REQUEST'])
                           [1 + floor(x2 * 4)::int] AS k,
                       (ARRAY['LETTER', 'EMAIL', 'WEB_FORM', 'SUGGESTION_BOX', 'TELEPHONE'])[1 + floor(x3 * 5)::int]
                           AS ch,
                       CASE WHEN x7 < 0.1 THEN r + 1 END AS mq, CASE WHEN x7 < 0.1 THEN r + 3 + floor(x6 * 6)::int END
                           AS mr
                FROM (SELECT g, CAST(? AS bigint) AS site, DATE '2019-11-15' + floor(random() * 460)::int AS r,
                             random() AS x2, random() AS x3, random() AS x4, random() AS x5, random() AS x6,
                             random() AS x7
                      FROM (SELECT setseed(?)) AS seed, generate_series(1, 4000) AS g) raw
            ) shaped""",
            """
            INSERT INTO site_update_entry (site_id, reference, medium, subject, requested_on, online_on, recorded_by,
                updated_at)
            SELECT CAST(? AS bigint), 'U-' || g, CASE WHEN random() < 0.6 THEN 'WEBSITE' ELSE 'VOICE_SERVER' END,
                   'mise à jour', r, CASE WHEN random() < 0.85 THEN r + floor(random() * 9)::int END, 'test', now()
            FROM (SELECT g, DATE '2019-11-15' + floor(random() * 460)::int AS r
                  FROM (SELECT setseed(?)) AS seed, generate_series(1, 500) AS g) raw""",
            """
            INSERT INTO appointment_entry (site_id, reference, requester, requested_on, proposed_on, appointment_on,
                unavailable_from, unavailable_until, recorded_by, updated_at)
            SELECT CAST(? AS bigint), 'A-' || g, CASE WHEN x1 < 0.5 THEN 'ELECTED_OFFICIAL' ELSE 'APPLICANT' END, r,
                   p, CASE WHEN p IS NOT NULL AND x2 < 0.8 THEN p + floor(x3 * 20)::int END,
                   CASE WHEN x4 < 0.3 THEN r + floor(x5 * 30)::int END,
                   CASE WHEN x4 < 0.3 THEN r + floor(x5 * 30)::int + floor(x6 * 10)::int END, 'test', now()
            FROM (SELECT g, r, CASE WHEN x0 < 0.9 THEN r + floor(x0 * 8)::int END AS p, x1, x2, x3, x4, x5, x6
                  FROM (SELECT g, DATE '2019-11-15' + floor(random() * 460)::int AS r, random() AS x0,
                               random() AS x1, random() AS x2, random() AS x3, random() AS x4, random() AS x5,
                               random() AS x6
                        FROM (SELECT setseed(?)) AS seed, generate_series(1, 800) AS g) raw) shaped""",
            """
            INSERT INTO administrative_file (site_id, reference, procedure, channel, received_on, incomplete,
                contacted_on, announced_delay_days, decided_on, recorded_by, updated_at)
            SELECT CAST(? AS bigint), 'F-' || g, 'titre de séjour',
                   CASE WHEN x1 < 0.5 THEN 'PAPER' ELSE 'TELEPROCEDURE' END, r, x2 < 0.3,
                   CASE WHEN x2 < 0.3 AND x3 < 0.8 THEN r + floor(x3 * 20)::int END,
                   CASE WHEN x4 < 0.8 THEN 5 + floor(x4 * 100)::int END,
                   CASE WHEN x5 < 0.85 THEN r + floor(x5 * x5 * 160)::int END, 'test', now()
            FROM (SELECT g, DATE '2019-11-15' + floor(random() * 460)::int AS r, random() AS x1, random() AS x2,
                         random() AS x3, random() AS x4, random() AS x5
                  FROM (SELECT setseed(?)) AS seed, generate_series(1, 1000) AS g) raw""");
}
