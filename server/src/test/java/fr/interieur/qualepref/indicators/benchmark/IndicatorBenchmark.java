package fr.interieur.qualepref.indicators.benchmark;

import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.indicators.domain.RuleCounts;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.indicators.infrastructure.NativeSql;
import fr.interieur.qualepref.indicators.infrastructure.RegisterStatement;
import fr.interieur.qualepref.indicators.infrastructure.RegisterTally;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import fr.interieur.qualepref.platform.persistence.SchemaMigration;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceChannel;
import fr.interieur.qualepref.registers.domain.CorrespondenceKind;
import fr.interieur.qualepref.testing.ShippedReferential;
import fr.interieur.qualepref.testing.SiteJdbc;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The indicator benchmark of issue 7 — a program, not a test (docs/benchmarks.md has the command and the results).
 *
 * <p>Generates the correspondence registers of N sites × M requests received in 2020 (330 × 50,000 = 16.5 M rows by
 * default) in a PostgreSQL of its own, builds every site's per-month tallies as the server's start-up does (ADR
 * 0015), then measures: every correspondence indicator of every site for the year, and by month, as the server plans
 * it ({@link RegisterStatement#plan}: tallies for whole months, registers for the days at the ends), one site per
 * transaction as the application role under row-level security, on {@code threads} connections; the same from the
 * registers alone (the statement before the tallies) on a sample of sites, scaled up; what a change costs (re-tallying
 * one month of a site); and a naive computation in Java (load every row, count working days day by day with
 * {@link WorkingDayCalendar}) on a sample of sites, scaled up. The naive, tally and register counts of the sample
 * sites must be equal: the benchmark fails otherwise.
 *
 * <p>Arguments: {@code dataDir [sites] [requestsPerSite] [threads] [naiveSampleSites] [warmUp] [registerSampleSites]}.
 * The data directory is kept: a second run with the same sizes reuses the generated rows and the tallies.
 */
public final class IndicatorBenchmark {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2020, 12, 31);
    static final LocalDate AS_OF = LocalDate.of(2021, 3, 31);
    static final String OWNER_PASSWORD = "bench-owner";
    static final String APP_PASSWORD = "bench-app";

    record Site(long id, String department) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/indicator-benchmark");
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 330;
        int perSite = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int sample = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        boolean warmUp = args.length <= 5 || Boolean.parseBoolean(args[5]);
        int liveSites = args.length > 6 ? Integer.parseInt(args[6]) : 33;
        try (LocalDatabase db = LocalDatabase.start(dir.resolve("data"), dir.resolve("work"), 0, false,
                OWNER_PASSWORD, APP_PASSWORD)) {
            DataSource owner = db.database(LocalDatabase.DATABASE, LocalDatabase.OWNER_ROLE, OWNER_PASSWORD);
            DataSource app = db.database(LocalDatabase.DATABASE, LocalDatabase.APP_ROLE, APP_PASSWORD);
            migrate(owner);
            List<Site> all = generate(owner, sites, perSite);
            List<RegisterRule> rules = rules();
            System.out.printf("rules: %d correspondence indicators (%s)%n", rules.size(),
                    rules.stream().map(RegisterRule::code).toList());

            long built = tallies(app, all, threads);
            try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
                long t0 = System.nanoTime();
                st.execute("VACUUM (ANALYZE) register_tally"); // as autovacuum would: the index-only scans need it
                System.out.printf("vacuum analyze of the tallies: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            if (built >= 0) {
                System.out.printf("tallies built for %d sites in %.1f s (%d threads): once, then kept by each change%n",
                        sites, built / 1e9, threads);
            } else {
                System.out.println("reusing the tallies built by an earlier run");
            }
            if (warmUp) {
                compute(app, all, rules, Period.YEAR, threads, true); // JIT, PostgreSQL and page caches
            }
            long year = compute(app, all, rules, Period.YEAR, threads, true);
            long month = compute(app, all, rules, Period.MONTH, threads, true);
            System.out.printf("tallies, %d sites × %d requests, year:  %.2f s (%d threads)%n", sites, perSite,
                    year / 1e9, threads);
            System.out.printf("tallies, %d sites × %d requests, month: %.2f s (%d threads)%n", sites, perSite,
                    month / 1e9, threads);
            // The same with the days at both ends of the interval read from the registers (1 Jan – 15 Dec), as a
            // report "from 1 January to today" asks: every whole month from the tallies, 15 days from the entries.
            long partial = compute(app, all, rules, Period.YEAR, threads, true, TO.withDayOfMonth(15));
            System.out.printf("tallies + registers for 1-15 December, year: %.2f s%n", partial / 1e9);

            List<Site> liveSample = all.subList(0, Math.min(liveSites, all.size()));
            long liveYear = compute(app, liveSample, rules, Period.YEAR, threads, false);
            double liveScaled = liveYear / 1e9 * all.size() / liveSample.size();
            System.out.printf("registers' own statement (no tallies), year, %d sites: %.2f s, scaled to %d sites: "
                    + "%.1f s (%.1f× the tallies)%n", liveSample.size(), liveYear / 1e9, sites, liveScaled,
                    liveScaled / (year / 1e9));

            long write = retallyOneMonth(app, all.subList(0, Math.min(20, all.size())));
            System.out.printf("a change's cost: re-tallying one month of one site (≈ %d requests): %.1f ms%n",
                    perSite / 12, write / 1e6);

            long naive = 0;
            long sqlSample = 0;
            for (Site s : all.subList(0, Math.min(sample, all.size()))) {
                long t0 = System.nanoTime();
                Map<String, long[]> javaCounts = naive(app, s, rules);
                naive += System.nanoTime() - t0;
                long t1 = System.nanoTime();
                Map<String, long[]> sqlCounts = sql(app, s, rules, Period.MONTH, true, TO);
                sqlSample += System.nanoTime() - t1;
                Map<String, long[]> liveCounts = sql(app, s, rules, Period.MONTH, false, TO);
                if (!same(javaCounts, sqlCounts) || !same(javaCounts, liveCounts)) {
                    throw new IllegalStateException("site " + s.id() + ": the SQL counts differ from the naive "
                            + "ones\nnaive:    " + print(javaCounts) + "\ntallies:  " + print(sqlCounts)
                            + "\nregisters: " + print(liveCounts));
                }
            }
            double naivePerSite = naive / 1e9 / Math.min(sample, all.size());
            System.out.printf("naive Java, by month, %d sample sites: %.2f s per site, scaled to %d sites: %.1f s "
                    + "(%.0f× the tallies by month on %d threads; %.0f× one site's tallies, single-threaded)%n",
                    Math.min(sample, all.size()), naivePerSite, sites, naivePerSite * sites,
                    naivePerSite * sites / (month / 1e9), threads, naive / (double) sqlSample);
            System.out.println("the naive, tally and register counts agree on the sample sites");
        }
    }

    /**
     * Builds every site's tallies as the server's start-up does (one transaction per site, as the application role
     * under its binding), unless an earlier run built them in the current layout; wall time in ns, or -1.
     */
    static long tallies(DataSource app, List<Site> sites, int threads) throws Exception {
        try (Connection c = app.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM register_tally_state WHERE layout = "
                     + RegisterTally.LAYOUT)) {
            rs.next();
            if (rs.getLong(1) == sites.size()) {
                return -1;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Site s : sites) {
            done.add(pool.submit(() -> {
                List<LocalDate> off = WorkingDayCalendar.of(s.department())
                        .nonWorkingDays(RegisterTally.CALENDAR_FROM, RegisterTally.CALENDAR_TO).stream()
                        .map(NonWorkingDay::date).toList();
                inSite(app, s, c -> {
                    run(c, RegisterTally.lock(s.id()));
                    run(c, RegisterTally.clearAll(s.id()));
                    for (Register register : Register.values()) {
                        run(c, RegisterTally.build(s.id(), register, RegisterTally.CALENDAR_FROM,
                                RegisterTally.CALENDAR_TO.withDayOfMonth(1), off));
                    }
                    run(c, RegisterTally.markCurrent(s.id()));
                    return null;
                });
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return System.nanoTime() - t0;
    }

    /** What one change costs: re-tallying one month of a site (June), averaged over the sites; ns. */
    static long retallyOneMonth(DataSource app, List<Site> sites) throws SQLException {
        LocalDate june = LocalDate.of(2020, 6, 1);
        long total = 0;
        for (Site s : sites) {
            List<LocalDate> off = WorkingDayCalendar.of(s.department())
                    .nonWorkingDays(RegisterTally.CALENDAR_FROM, RegisterTally.CALENDAR_TO).stream()
                    .map(NonWorkingDay::date).toList();
            long t0 = System.nanoTime();
            inSite(app, s, c -> {
                run(c, RegisterTally.lock(s.id()));
                run(c, RegisterTally.clear(s.id(), Register.CORRESPONDENCE, june, june));
                run(c, RegisterTally.build(s.id(), Register.CORRESPONDENCE, june, june, off));
                return null;
            });
            total += System.nanoTime() - t0;
        }
        return total / sites.size();
    }

    /**
     * One connection per thread and role, kept open as the server's pool keeps them: opening a PostgreSQL connection
     * (a new process, a SCRAM handshake) costs more than reading a site's tallies.
     */
    static final ThreadLocal<Map<DataSource, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    static Connection connection(DataSource ds) throws SQLException {
        Connection c = CONNECTIONS.get().get(ds);
        if (c == null || c.isClosed()) {
            c = ds.getConnection();
            c.setAutoCommit(false);
            CONNECTIONS.get().put(ds, c);
        }
        return c;
    }

    /** One transaction of the application role with the site bound, on the thread's connection. */
    static <T> T inSite(DataSource app, Site s, SiteJdbc.Work<T> work) throws SQLException {
        return SiteJdbc.inSite(connection(app), s.id(), work);
    }

    static void run(Connection c, NativeSql sql) throws SQLException {
        SiteJdbc.run(c, sql);
    }

    /**
     * The server's migrations; out of order when the kept data folder was generated by a build that lacked some
     * (another branch's): the benchmark needs only the registers' tables, and regenerating 16.5 M rows takes 10 min.
     */
    static void migrate(DataSource owner) {
        try {
            SchemaMigration.migrate(owner, LocalDatabase.APP_ROLE);
        } catch (org.flywaydb.core.api.exception.FlywayValidateException older) {
            System.out.println("data folder from another build: applying the missing migrations out of order");
            org.flywaydb.core.Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(owner)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", LocalDatabase.APP_ROLE)).outOfOrder(true).cleanDisabled(true)
                    .load().migrate();
        }
    }

    /** The correspondence rules of the shipped référentiel, as the server derives them. */
    static List<RegisterRule> rules() {
        List<RegisterRule> rules = new ArrayList<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            RegisterRule.of(i.commitment(), i.code(), i.kind(), i.deadlineValue(), i.deadlineUnit(), i.channel(),
                    i.validFrom(), i.validUntil()).filter(r -> r.register() == Register.CORRESPONDENCE)
                    .filter(r -> r.appliesToSomeYear(2020, 2020)).ifPresent(rules::add);
        }
        return rules;
    }

    /** Sites over real departments (Alsace-Moselle and overseas included) and their requests, unless already there. */
    static List<Site> generate(DataSource owner, int sites, int perSite) throws SQLException {
        List<String> departments = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                departments.add(String.format("%02d", d));
            }
        }
        departments.addAll(List.of("2A", "2B", "971", "972", "973", "974", "976"));
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM site")) {
                rs.next();
                if (rs.getLong(1) == sites) {
                    c.rollback();
                    System.out.println("reusing the generated registers");
                    vacuum(c);
                    return sites(c);
                }
                if (rs.getLong(1) != 0) {
                    throw new IllegalStateException("the data directory holds another benchmark; remove it");
                }
            }
            st.execute("INSERT INTO referential_version (code, title, published_on, source_file, source_sha256) "
                    + "VALUES ('bench', 'Benchmark', DATE '2019-02-04', 'bench', repeat('0', 64))");
            Map<String, Long> prefecture = new HashMap<>();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO site (code, name, type, department_code, "
                    + "region, parent_site_id, has_cert, referential_version_id, engaged) VALUES (?, ?, ?, ?, "
                    + "'Région', ?, false, (SELECT id FROM referential_version), true) RETURNING id")) {
                for (int i = 0; i < sites; i++) {
                    String dep = departments.get(i % departments.size());
                    boolean sp = i >= departments.size();
                    ins.setString(1, sp ? dep + "-SP" + i : dep);
                    ins.setString(2, "Site " + i);
                    ins.setString(3, sp ? "SOUS_PREFECTURE" : "PREFECTURE");
                    ins.setString(4, dep);
                    if (sp) {
                        ins.setLong(5, prefecture.get(dep));
                    } else {
                        ins.setNull(5, java.sql.Types.BIGINT);
                    }
                    try (ResultSet rs = ins.executeQuery()) {
                        rs.next();
                        if (!sp) {
                            prefecture.put(dep, rs.getLong(1));
                        }
                    }
                }
            }
            c.commit();
            List<Site> all = sites(c);
            long t0 = System.nanoTime();
            // The owner is subject to the forced row-level security too: each site's rows are written in its binding.
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('qualepref.site_id', ?, true)");
                 PreparedStatement rows = c.prepareStatement(GENERATE)) {
                for (Site s : all) {
                    bind.setString(1, Long.toString(s.id()));
                    bind.executeQuery().close();
                    rows.setLong(1, s.id());
                    rows.setDouble(2, (s.id() % 1000) / 1000.0);
                    rows.setInt(3, perSite);
                    rows.executeUpdate();
                    c.commit();
                }
            }
            c.commit();
            vacuum(c);
            System.out.printf("generated %d requests in %.1f s%n", (long) sites * perSite,
                    (System.nanoTime() - t0) / 1e9);
            return all;
        }
    }

    /** Requests received in 2020: kinds, channels, incomplete requests, holding replies and late or missing replies. */
    static final String GENERATE = """
            INSERT INTO correspondence_entry (site_id, reference, channel, kind, received_on, missing_requested_on,
                missing_received_on, acknowledged_on, holding_reply_on, replied_on, reply_channel, recorded_by,
                updated_at)
            SELECT ?, 'B-' || g, ch, k, r, mq, mr, CASE WHEN ch = 'EMAIL' THEN r END,
                   CASE WHEN hold THEN r + 1 + floor(x4 * 4)::int END,
                   CASE WHEN x5 < 0.95 THEN COALESCE(mr, r) + floor(x6 * x6 * 25)::int END,
                   CASE WHEN x5 < 0.95 THEN CASE WHEN ch IN ('EMAIL', 'WEB_FORM') THEN 'EMAIL' ELSE 'LETTER' END END,
                   'bench', now()
            FROM (
                SELECT g, r, x4, x5, x6, hold,
                       CASE WHEN x2 < 0.45 THEN 'INFORMATION_REQUEST' WHEN x2 < 0.65 THEN 'COMPLAINT'
                            WHEN x2 < 0.75 THEN 'SUGGESTION' ELSE 'COLLECTIVITY_REQUEST' END AS k,
                       CASE WHEN x3 < 0.40 THEN 'EMAIL' WHEN x3 < 0.70 THEN 'LETTER' WHEN x3 < 0.85 THEN 'WEB_FORM'
                            WHEN x3 < 0.95 THEN 'SUGGESTION_BOX' ELSE 'TELEPHONE' END AS ch,
                       CASE WHEN incomplete THEN r + 1 + floor(x4 * 3)::int END AS mq,
                       CASE WHEN incomplete THEN r + 4 + floor(x6 * 8)::int END AS mr
                FROM (
                    SELECT g, DATE '2020-01-01' + floor(random() * 366)::int AS r, random() AS x2, random() AS x3,
                           random() AS x4, random() AS x5, random() AS x6, random() < 0.1 AS incomplete,
                           random() < 0.2 AS hold
                    FROM (SELECT setseed(?)) AS seed, generate_series(1, ?) AS g
                ) raw
            ) shaped
            """;

    /** Statistics for the planner and the visibility map for index-only scans, as autovacuum would leave them. */
    static void vacuum(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM (ANALYZE) correspondence_entry");
        }
        c.setAutoCommit(false);
        System.out.printf("vacuum analyze: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static List<Site> sites(Connection c) throws SQLException {
        List<Site> all = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, department_code FROM site ORDER BY id")) {
            while (rs.next()) {
                all.add(new Site(rs.getLong(1), rs.getString(2)));
            }
        }
        return all;
    }

    /** Every site's indicators, one transaction per site, on {@code threads} connections; wall time in ns. */
    static long compute(DataSource app, List<Site> sites, List<RegisterRule> rules, Period period, int threads,
                        boolean tallied) throws Exception {
        return compute(app, sites, rules, period, threads, tallied, TO);
    }

    static long compute(DataSource app, List<Site> sites, List<RegisterRule> rules, Period period, int threads,
                        boolean tallied, LocalDate to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong figures = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Site s : sites) {
            done.add(pool.submit(() -> {
                figures.addAndGet(sql(app, s, rules, period, tallied, to).size());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        if (figures.get() == 0) {
            throw new IllegalStateException("no figure computed");
        }
        return elapsed;
    }

    /**
     * One site's counts as the server plans them ({@link RegisterStatement#plan}: the tallies for whole months and
     * the registers for the days at the ends, or the registers only), as the application role inside the site's
     * binding.
     */
    static Map<String, long[]> sql(DataSource app, Site s, List<RegisterRule> rules, Period period, boolean tallied,
                                   LocalDate to) throws SQLException {
        LocalDate calendarTo = AS_OF.plusYears(1);
        WorkingDayCalendar calendar = WorkingDayCalendar.of(s.department());
        List<LocalDate> off = calendar.nonWorkingDays(FROM, calendarTo).stream().map(NonWorkingDay::date).toList();
        List<RegisterStatement> plan = RegisterStatement.plan(rules, period, FROM, to, AS_OF, FROM, calendarTo, off,
                tallied);
        Map<String, long[]> counts = new TreeMap<>();
        inSite(app, s, c -> {
            List<Object[]> rows = new ArrayList<>();
            for (RegisterStatement statement : plan) {
                rows.addAll(SiteJdbc.rows(c, statement.nativeSql()));
            }
            for (RuleCounts k : plan.get(0).counts(rows)) {
                counts.put(k.code() + " " + k.period(), new long[] {k.met(), k.late(), k.pending(),
                        k.replied(), k.delaySum()});
            }
            return null;
        });
        return counts;
    }

    /** The same counts by month, computed row by row in Java: load every request, count the days one by one. */
    static Map<String, long[]> naive(DataSource app, Site s, List<RegisterRule> rules) throws SQLException {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(s.department());
        Map<String, long[]> counts = new TreeMap<>();
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('qualepref.site_id', ?, true)")) {
                bind.setString(1, Long.toString(s.id()));
                bind.executeQuery().close();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT kind, channel, received_on, missing_received_on, "
                    + "holding_reply_on, replied_on FROM correspondence_entry WHERE received_on BETWEEN ? AND ?")) {
                q.setObject(1, FROM);
                q.setObject(2, TO);
                q.setFetchSize(5000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        CorrespondenceKind kind = CorrespondenceKind.valueOf(rs.getString(1));
                        CorrespondenceChannel channel = CorrespondenceChannel.valueOf(rs.getString(2));
                        LocalDate received = rs.getObject(3, LocalDate.class);
                        LocalDate completed = rs.getObject(4, LocalDate.class);
                        LocalDate holding = rs.getObject(5, LocalDate.class);
                        LocalDate replied = rs.getObject(6, LocalDate.class);
                        LocalDate start = completed != null ? completed : received;
                        LocalDate reply = holding == null ? replied
                                : replied == null || holding.isBefore(replied) ? holding : replied;
                        for (RegisterRule r : rules) {
                            if (!r.kinds().contains(kind.name())
                                    || (!r.channels().isEmpty() && !r.channels().contains(channel.name()))
                                    || !r.appliesToSomeYear(received.getYear(), received.getYear())) {
                                continue;
                            }
                            long[] k = counts.computeIfAbsent(r.code() + " " + received.withDayOfMonth(1),
                                    x -> new long[5]);
                            if (reply != null) {
                                int days = reply.isBefore(start) ? -calendar.workingDaysBetween(reply, start)
                                        : calendar.workingDaysBetween(start, reply);
                                k[3]++;
                                k[4] += days;
                                if (r.deadline() != null && !r.meanDelay()) {
                                    k[days <= r.deadline() ? 0 : 1]++;
                                }
                            } else if (r.deadline() != null && !r.meanDelay()) {
                                int open = AS_OF.isBefore(start) ? 0 : calendar.workingDaysBetween(start, AS_OF);
                                k[open > r.deadline() ? 1 : 2]++;
                            }
                        }
                    }
                }
            }
            c.commit();
        }
        return counts;
    }

    static boolean same(Map<String, long[]> a, Map<String, long[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    static String print(Map<String, long[]> m) {
        StringBuilder s = new StringBuilder();
        m.forEach((k, v) -> s.append(k).append('=').append(java.util.Arrays.toString(v)).append(' '));
        return s.toString();
    }

    private IndicatorBenchmark() {
    }
}
