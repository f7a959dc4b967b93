package fr.interieur.qualepref.audits.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.indicators.infrastructure.NativeSql;
import fr.interieur.qualepref.indicators.infrastructure.RegisterTally;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.testing.SiteJdbc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The national reports benchmark of issue 8 (docs/benchmarks.md): 330 sites with five years (2022–2026) of audits,
 * their grids and findings, label decisions, governance records (comités des usagers, COFIL, bilans annuels, agents
 * and their trainings) and registers (requests, appointments, files, updates, crises, imported values, surveys: the
 * indicators), then the time of every national report through the running server's HTTP API, as the
 * DMAT asks for it (JSON, HTML page, spreadsheet). A program, not a test: {@code server/bench/reports.sh} starts the
 * platform with {@code ./run}'s own runner on a database of its own, then runs this.
 *
 * <p>Arguments: the bench folder (holding the runner's {@code secrets.properties}), the server's base URL, the
 * database port, and the number of timed runs per report. The data is generated once, set-based, by the database
 * superuser (the generator writes every site's rows at once, which row-level security would refuse to the owner
 * role); a marker table keeps later runs from generating again.
 */
public final class ReportsBenchmark {

    static final int SITES = 330;
    static final int[] YEARS = {2022, 2023, 2024, 2025, 2026};
    static final int AGENTS_PER_SITE = 40;
    static final int LINES_PER_AUDIT = 120;

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args[0]);
        String base = args[1].replaceAll("/+$", "");
        int dbPort = Integer.parseInt(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Properties secrets = new Properties();
        try (Reader r = Files.newBufferedReader(bench.resolve("secrets.properties"))) {
            secrets.load(r);
        }
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort
                + "/qualepref", "postgres", "")) {
            if (!generated(db)) {
                long t = System.nanoTime();
                generate(db, Path.of("..", "tenants", "sites.csv"));
                System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            printVolumes(db);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String token = login(http, base, secrets.getProperty("admin.password"));
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("coverage", "/api/v1/reports/coverage");
        routes.put("modules", "/api/v1/reports/modules");
        routes.put("audits", "/api/v1/reports/audits");
        routes.put("labels", "/api/v1/reports/labels");
        routes.put("findings (5 years)", "/api/v1/reports/findings?from=2022-01-01&to=2026-12-31");
        routes.put("governance (2026)", "/api/v1/reports/governance?year=2026");
        routes.put("indicators (2026, by year)",
                "/api/v1/indicators/national?from=2026-01-01&to=2026-11-30&period=YEAR");
        routes.put("indicators (2026, by month)",
                "/api/v1/indicators/national?from=2026-01-01&to=2026-11-30&period=MONTH");
        for (String extra : Arrays.copyOfRange(args, Math.min(args.length, 4), args.length)) {
            routes.put(extra.substring(extra.lastIndexOf('/') + 1), extra);
        }
        System.out.println();
        System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("| report | format | median | max | bytes |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, String> route : routes.entrySet()) {
            for (String accept : List.of("application/json", "text/html",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                time(http, base + route.getValue(), accept, token, 1); // warm-up, twice: the JIT is cold
                time(http, base + route.getValue(), accept, token, 1);
                double[] ms = new double[runs];
                int bytes = 0;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    bytes = time(http, base + route.getValue(), accept, token, 1);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %,d |%n", route.getKey(),
                        accept.contains("json") ? "json" : accept.contains("html") ? "html" : "xlsx",
                        ms[runs / 2], ms[runs - 1], bytes);
            }
        }
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static int time(HttpClient http, String url, String accept, String token, int times) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Accept", accept).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body().length;
    }

    private static String login(HttpClient http, String base, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"dmat-admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login refused: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static boolean generated(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_marker (generated_at timestamptz NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM bench_marker")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static void printVolumes(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : List.of("site", "audit", "audit_line", "label_decision", "users_committee",
                    "committee_meeting", "cofil_meeting", "annual_review", "agent", "agent_post",
                    "training_record", "correspondence_entry", "appointment_entry", "administrative_file",
                    "site_update_entry", "crisis_timeline", "imported_value", "survey_result", "register_tally")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "%-18s %,10d rows%n", table, rs.getLong(1));
                }
            }
        }
    }

    /** Everything in one transaction: a crash leaves no half-generated data set behind. */
    static void generate(Connection db, Path tenants) throws SQLException, IOException {
        db.setAutoCommit(false);
        long version;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM referential_version ORDER BY id DESC LIMIT 1")) {
            rs.next();
            version = rs.getLong(1);
        }
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(tenants)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> regionOf = new HashMap<>();
        List<String[]> sous = new ArrayList<>();
        try (PreparedStatement site = db.prepareStatement("INSERT INTO site (code, name, type, department_code, "
                + "region, parent_site_id, has_cert, referential_version_id, engaged) VALUES (?,?,?,?,?,?,?,?,?) "
                + "RETURNING id"); PreparedStatement module = db.prepareStatement(
                "INSERT INTO site_module (site_id, module_number) VALUES (?, ?)")) {
            List<CSVRecord> ordered = new ArrayList<>(rows.stream().filter(r -> r.get("parent").isBlank()).toList());
            ordered.addAll(rows.stream().filter(r -> !r.get("parent").isBlank()).toList());
            for (CSVRecord r : ordered) {
                String dept = r.get("code").split("-")[0];
                regionOf.putIfAbsent(dept, r.get("region"));
                insertSite(site, module, ids, version, r.get("code"), r.get("name"), r.get("type"), dept,
                        r.get("region"), r.get("parent").isBlank() ? null : r.get("parent"),
                        Boolean.parseBoolean(r.get("cert")), Boolean.parseBoolean(r.get("engaged")),
                        r.get("modules"));
            }
            List<String> departments = rows.stream().filter(r -> r.get("type").equals("PREFECTURE"))
                    .map(r -> r.get("code")).toList();
            for (int n = 0; ids.size() < SITES; n++) {
                String dept = departments.get(n % departments.size());
                String code = dept + "-B" + (n / departments.size() + 1);
                // II.2: a sous-préfecture without a CERT may stay out; two in three engage
                boolean engaged = n % 3 != 2;
                insertSite(site, module, ids, version, code, "Sous-préfecture " + code, "SOUS_PREFECTURE", dept,
                        regionOf.get(dept), dept, false, engaged, engaged ? (n % 2 == 0 ? "1 4" : "1 3 4") : "");
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("SELECT setseed(0.42)");
            // Per engaged site and year: an internal audit, then the external one two months later (V.2); the
            // initial audit in 2022, follow-ups in 2023 and 2026, the renewal in 2025; all closed but the last
            // year's, of which a tenth is overdue; and next year's renewal preparation scheduled.
            s.execute("INSERT INTO audit (site_id, type, status, scheduled_on, auditor_login, referential_version_id, "
                    + "report_on, closed_at, created_by, created_at) "
                    + "SELECT s.id, t.type, CASE WHEN y.d < DATE '2026-06-01' THEN 'CLOSED' "
                    + "  WHEN s.id % 10 = 0 THEN 'SCHEDULED' ELSE 'CLOSED' END, "
                    + "  y.d + t.shift, 'auditeur.bench', " + version + ", "
                    + "  CASE WHEN y.d < DATE '2026-06-01' OR s.id % 10 <> 0 THEN y.d + t.shift + 14 END, "
                    + "  CASE WHEN y.d < DATE '2026-06-01' OR s.id % 10 <> 0 THEN (y.d + t.shift + 14)::timestamptz END,"
                    + "  'bench', now() "
                    + "FROM site s CROSS JOIN (VALUES (DATE '2022-03-01', 'EXTERNAL_INITIAL'), "
                    + "  (DATE '2023-09-01', 'EXTERNAL_FOLLOW_UP'), (DATE '2025-02-01', 'EXTERNAL_RENEWAL'), "
                    + "  (DATE '2026-08-01', 'EXTERNAL_FOLLOW_UP')) AS y(d, ext) "
                    + "CROSS JOIN LATERAL (VALUES ('INTERNAL', (s.id % 28)::int), (y.ext, (s.id % 28)::int + 61)) "
                    + "  AS t(type, shift) "
                    + "WHERE s.engaged");
            s.execute("INSERT INTO audit (site_id, type, status, scheduled_on, referential_version_id, created_by, "
                    + "created_at) SELECT s.id, t.type, 'SCHEDULED', DATE '2027-10-01' + (s.id % 60)::int + t.shift, "
                    + version + ", 'bench', now() FROM site s CROSS JOIN (VALUES ('INTERNAL', 0), "
                    + "('EXTERNAL_RENEWAL', 61)) AS t(type, shift) WHERE s.engaged");
            // 120 lines per closed audit: the 54 commitments, then 66 items; about 1 line in 7 is a finding
            s.execute("INSERT INTO audit_line (site_id, audit_id, position, kind, reference, title, control_methods, "
                    + "verdict, assessed_by, assessed_at) "
                    + "SELECT a.site_id, a.id, p, CASE WHEN p <= 54 THEN 'COMMITMENT' ELSE 'ITEM' END, "
                    + "  CASE WHEN p <= 54 THEN p::text ELSE ((p - 55) % 54 + 1) || '.' || ((p - 55) / 54 + 1) END, "
                    + "  'Engagement ' || p, 'Vérification', "
                    + "  CASE WHEN r < 0.70 THEN 'CONFORME' WHEN r < 0.78 THEN 'POINT_FORT' "
                    + "   WHEN r < 0.86 THEN 'PISTE_DE_PROGRES' WHEN r < 0.93 THEN 'POINT_SENSIBLE' "
                    + "   WHEN r < 0.98 THEN 'NON_CONFORMITE_MINEURE' ELSE 'NON_CONFORMITE_MAJEURE' END, "
                    + "  'auditeur.bench', a.closed_at "
                    + "FROM audit a CROSS JOIN generate_series(1, " + LINES_PER_AUDIT + ") p "
                    + "CROSS JOIN LATERAL (SELECT random() + 0 * p AS r) x WHERE a.status = 'CLOSED'");
            s.execute("INSERT INTO label_decision (site_id, audit_id, decision, decided_on, valid_from, valid_until, "
                    + "decided_by, decided_at) SELECT a.site_id, a.id, "
                    + "  CASE WHEN a.id % 20 = 0 THEN 'REFUSED' ELSE 'GRANTED' END, a.report_on + 20, "
                    + "  CASE WHEN a.id % 20 = 0 THEN NULL ELSE a.report_on + 20 END, "
                    + "  CASE WHEN a.id % 20 = 0 THEN NULL ELSE (a.report_on + 20 + interval '3 years' "
                    + "    - interval '1 day')::date END, 'dmat-admin', (a.report_on + 20)::timestamptz "
                    + "FROM audit a WHERE a.status = 'CLOSED' AND a.type IN ('EXTERNAL_INITIAL', 'EXTERNAL_RENEWAL')");
            // Governance: one comité des usagers with six members, meeting once a year (nine sites in ten in
            // 2026); a COFIL meeting twice a year; a bilan annuel four years in five; 40 agents with a post and two
            // trainings each.
            s.execute("INSERT INTO users_committee (site_id, name) SELECT id, 'Comité des usagers ' || code FROM site "
                    + "WHERE engaged");
            s.execute("INSERT INTO committee_member (site_id, committee_id, name, category, organisation, "
                    + "member_from) SELECT c.site_id, c.id, 'Membre ' || m, (ARRAY['CONSUMER_ASSOCIATION', "
                    + "'USER_ASSOCIATION', 'PROFESSIONAL_ASSOCIATION', 'LOCAL_AUTHORITY', 'SITE', "
                    + "'STATE_SERVICE'])[m], 'Organisation ' || m, DATE '2021-01-01' "
                    + "FROM users_committee c CROSS JOIN generate_series(1, 6) m");
            s.execute("INSERT INTO committee_meeting (site_id, committee_id, held_on, attendee_ids, topics) "
                    + "SELECT c.site_id, c.id, make_date(y, 6, 1) + (c.site_id % 120)::int, "
                    + "  (SELECT string_agg(id::text, ',') FROM committee_member m WHERE m.committee_id = c.id), "
                    + "  'QUALITY_RESULTS,USER_SUGGESTIONS' FROM users_committee c CROSS JOIN generate_series(2022, "
                    + "2026) y WHERE y < 2026 OR c.site_id % 10 <> 3");
            s.execute("INSERT INTO cofil (site_id, installed_by, installed_on, composition, quality_manager) "
                    + "SELECT id, CASE WHEN type = 'SOUS_PREFECTURE' THEN 'SOUS_PREFET' ELSE 'PREFET' END, "
                    + "DATE '2021-09-01', 'Secrétaire général, directeurs, responsable qualité', 'Responsable "
                    + "qualité' FROM site WHERE engaged");
            s.execute("INSERT INTO cofil_meeting (site_id, held_on, agenda) SELECT s.id, make_date(y, h * 5, 10), "
                    + "'Suivi de la démarche' FROM site s CROSS JOIN generate_series(2022, 2026) y "
                    + "CROSS JOIN generate_series(1, 2) h WHERE s.engaged");
            s.execute("INSERT INTO annual_review (site_id, held_on, attendance, inputs) SELECT s.id, "
                    + "make_date(y, 11, 15), 'PREFET_OR_REPRESENTATIVE,SERVICE_DIRECTORS,QUALITY_MANAGER', 'INDICATORS,SATISFACTION_SURVEYS' "
                    + "FROM site s CROSS JOIN generate_series(2022, 2026) y WHERE s.engaged AND (s.id + y) % 5 <> 0");
            s.execute("INSERT INTO agent (site_id, name, reference) SELECT s.id, 'Agent ' || n, s.code || '-' || n "
                    + "FROM site s CROSS JOIN generate_series(1, " + AGENTS_PER_SITE + ") n WHERE s.engaged");
            s.execute("INSERT INTO agent_post (site_id, agent_id, category, started_on) SELECT a.site_id, a.id, "
                    + "(ARRAY['RECEPTION', 'TELEPHONE', 'FOREIGNERS_TITLES', 'WEB_EDITOR'])[1 + a.id % 4], "
                    + "DATE '2016-01-01' + (a.id % 3500)::int FROM agent a");
            s.execute("INSERT INTO training_record (site_id, agent_id, category, kind, completed_on, title, evidence) "
                    + "SELECT p.site_id, p.agent_id, p.category, 'INITIAL', p.started_on + 90, 'Accueil des usagers', "
                    + "'ATTESTATION' FROM agent_post p WHERE p.agent_id % 11 <> 0");
            s.execute("INSERT INTO training_record (site_id, agent_id, category, kind, completed_on, title, evidence) "
                    + "SELECT p.site_id, p.agent_id, p.category, 'CONTINUING', p.started_on + 1200, "
                    + "'Relation usagers', 'ATTENDANCE_SHEET' FROM agent_post p WHERE p.agent_id % 7 <> 0 "
                    + "AND p.started_on + 1200 < DATE '2026-11-30'");
            for (String registers : REGISTERS) {
                s.execute(registers);
            }
            s.execute("INSERT INTO bench_marker VALUES (now())");
            s.execute("ANALYZE");
        }
        db.commit();
        tallies(db);
        db.setAutoCommit(true);
    }

    /**
     * Every site's per-month register tallies, as the server's start-up builds them (ADR 0015) — with the same
     * statements, as the application role (the superuser takes it on: row-level security then applies) under each
     * site's binding, one transaction per site.
     */
    static void tallies(Connection db) throws SQLException {
        long t = System.nanoTime();
        List<long[]> sites = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, "
                + "CAST(department_code AS text) FROM site ORDER BY id")) {
            while (rs.next()) {
                sites.add(new long[] {rs.getLong(1)});
                departments.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("SET ROLE " + LocalDatabase.APP_ROLE);
        }
        for (long[] site : sites) {
            long id = site[0];
            List<LocalDate> off = WorkingDayCalendar.of(departments.get(id))
                    .nonWorkingDays(RegisterTally.CALENDAR_FROM, RegisterTally.CALENDAR_TO).stream()
                    .map(NonWorkingDay::date).toList();
            try (PreparedStatement bind = db.prepareStatement("SELECT set_config('qualepref.site_id', ?, true)")) {
                bind.setString(1, Long.toString(id));
                bind.executeQuery().close();
            }
            run(db, RegisterTally.lock(id));
            run(db, RegisterTally.clearAll(id));
            for (Register register : Register.values()) {
                run(db, RegisterTally.build(id, register, RegisterTally.CALENDAR_FROM,
                        RegisterTally.CALENDAR_TO.withDayOfMonth(1), off));
            }
            run(db, RegisterTally.markCurrent(id));
            db.commit();
        }
        try (Statement s = db.createStatement()) {
            s.execute("RESET ROLE");
            s.execute("ANALYZE register_tally");
        }
        db.commit();
        System.out.printf(Locale.ROOT, "tallies of %d sites built in %.1f s%n", sites.size(),
                (System.nanoTime() - t) / 1e9);
    }

    private static final Map<Long, String> departments = new HashMap<>();

    private static void run(Connection db, NativeSql sql) throws SQLException {
        SiteJdbc.run(db, sql);
    }

    /**
     * Five years (2022 – 30 November 2026) of every register of every site, at the ratios of a mid-sized préfecture:
     * a year has 2,000 requests, 300 appointment requests, 400 files (the delay announced for each is its procedure's:
 * 30, 45, 60 or 90 working days), 150 website / voice-server changes, 2 crises;
     * the values imported from other systems every month and the satisfaction surveys every quarter.
     */
    static final List<String> REGISTERS = List.of("""
            INSERT INTO correspondence_entry (site_id, reference, channel, kind, received_on, missing_requested_on,
                missing_received_on, holding_reply_on, replied_on, reply_channel, announced_delay_days, recorded_by,
                updated_at)
            SELECT site_id, 'C-' || g, ch, k, r, mq, mr,
                   CASE WHEN x4 < 0.2 AND r + 2 <= DATE '2026-11-30' THEN r + 2 END,
                   CASE WHEN COALESCE(mr, r) + d <= DATE '2026-11-30' AND x5 < 0.97 THEN COALESCE(mr, r) + d END,
                   'EMAIL', CASE WHEN x4 > 0.9 THEN 20 END, 'bench', now()
            FROM (SELECT s.id AS site_id, g, r, x4, x5, floor(x6 * x6 * 25)::int AS d,
                         (ARRAY['INFORMATION_REQUEST', 'INFORMATION_REQUEST', 'COMPLAINT', 'SUGGESTION',
                                'COLLECTIVITY_REQUEST'])[1 + floor(x2 * 5)::int] AS k,
                         (ARRAY['EMAIL', 'EMAIL', 'LETTER', 'WEB_FORM', 'SUGGESTION_BOX', 'TELEPHONE'])
                             [1 + floor(x3 * 6)::int] AS ch,
                         CASE WHEN x7 < 0.1 THEN r + 1 END AS mq,
                         CASE WHEN x7 < 0.1 AND r + 6 <= DATE '2026-11-30' THEN r + 6 END AS mr
                  FROM site s, generate_series(1, 9850) AS g,
                       LATERAL (SELECT DATE '2022-01-01' + floor(random() * 1795)::int + 0 * g AS r,
                                       random() AS x2, random() AS x3, random() AS x4, random() AS x5,
                                       random() AS x6, random() AS x7) AS x) AS shaped""",
            """
            INSERT INTO appointment_entry (site_id, reference, requester, requested_on, proposed_on, appointment_on,
                unavailable_from, unavailable_until, recorded_by, updated_at)
            SELECT site_id, 'A-' || g, CASE WHEN x1 < 0.4 THEN 'ELECTED_OFFICIAL' ELSE 'APPLICANT' END, r, p,
                   CASE WHEN p + floor(x2 * 14)::int <= DATE '2026-11-30' THEN p + floor(x2 * 14)::int END,
                   CASE WHEN x3 < 0.1 THEN p END, CASE WHEN x3 < 0.1 THEN p + 5 END, 'bench', now()
            FROM (SELECT s.id AS site_id, g, r, x1, x2, x3,
                         CASE WHEN r + floor(x0 * 6)::int <= DATE '2026-11-30' THEN r + floor(x0 * 6)::int END AS p
                  FROM site s, generate_series(1, 1480) AS g,
                       LATERAL (SELECT DATE '2022-01-01' + floor(random() * 1795)::int + 0 * g AS r,
                                       random() AS x0, random() AS x1, random() AS x2, random() AS x3) AS x) AS shaped""",
            """
            INSERT INTO administrative_file (site_id, reference, procedure, channel, received_on, incomplete,
                contacted_on, announced_delay_days, decided_on, recorded_by, updated_at)
            SELECT s.id, 'F-' || g, 'titre de séjour', CASE WHEN x1 < 0.6 THEN 'TELEPROCEDURE' ELSE 'PAPER' END, r,
                   x2 < 0.25, CASE WHEN x2 < 0.25 AND r + floor(x3 * 15)::int <= DATE '2026-11-30'
                                   THEN r + floor(x3 * 15)::int END,
                   (ARRAY[30, 45, 60, 90])[1 + floor(x4 * 4)::int],
                   CASE WHEN r + floor(x5 * 120)::int <= DATE '2026-11-30' THEN r + floor(x5 * 120)::int END,
                   'bench', now()
            FROM site s, generate_series(1, 1970) AS g,
                 LATERAL (SELECT DATE '2022-01-01' + floor(random() * 1795)::int + 0 * g AS r,
                                 random() AS x1, random() AS x2, random() AS x3, random() AS x4, random() AS x5) AS x""",
            """
            INSERT INTO site_update_entry (site_id, reference, medium, subject, requested_on, online_on, recorded_by,
                updated_at)
            SELECT s.id, 'U-' || g, CASE WHEN x1 < 0.7 THEN 'WEBSITE' ELSE 'VOICE_SERVER' END, 'Horaires', r,
                   CASE WHEN r + floor(x2 * 6)::int <= DATE '2026-11-30' THEN r + floor(x2 * 6)::int END, 'bench',
                   now()
            FROM site s, generate_series(1, 740) AS g,
                 LATERAL (SELECT DATE '2022-01-01' + floor(random() * 1795)::int + 0 * g AS r,
                                 random() AS x1, random() AS x2) AS x""",
            """
            INSERT INTO crisis_timeline (site_id, reference, event, cod_activated_at, communication_cell_at,
                elus_informed_at, cip_activated_at, recorded_by, updated_at)
            SELECT s.id, 'K-' || g, 'Inondation', t, t + interval '20 minutes', t + interval '95 minutes',
                   t + (45 + floor(random() * 30)::int) * interval '1 minute', 'bench', now()
            FROM site s, generate_series(1, 10) AS g,
                 LATERAL (SELECT TIMESTAMPTZ '2022-01-03 10:00+01' + (g * 173 + s.id % 50) * interval '1 day' AS t)
                     AS x""",
            """
            INSERT INTO imported_value (site_id, reference, indicator, period, period_start, value, source,
                recorded_by, updated_at)
            SELECT s.id, 'V-' || i.code || '-' || m, i.code, 'MONTH', m, round(CAST(50 + random() * 50 AS numeric), 2),
                   'Indigo', 'bench', now()
            FROM site s
            JOIN (SELECT DISTINCT code FROM referential_indicator WHERE kind = 'IMPORTED_VALUE') AS i ON true
            CROSS JOIN generate_series(DATE '2022-01-01', DATE '2026-10-01', interval '1 month') AS g(m0),
            LATERAL (SELECT CAST(g.m0 AS date) AS m) AS mm""",
            """
            INSERT INTO survey_result (site_id, reference, survey, indicator, criterion, conducted_on, respondents,
                satisfied, recorded_by, updated_at)
            SELECT s.id, 'S-' || i.code || '-' || q, 'SATISFACTION', i.code, 'Accueil', q + 20, 200,
                   140 + floor(random() * 60)::int, 'bench', now()
            FROM site s
            JOIN (SELECT DISTINCT code FROM referential_indicator WHERE kind = 'SATISFACTION_RATE') AS i ON true
            CROSS JOIN LATERAL (SELECT CAST(g AS date) AS q FROM generate_series(DATE '2022-01-01',
                DATE '2026-07-01', interval '3 months') AS g) AS qq""");

    private static void insertSite(PreparedStatement site, PreparedStatement module, Map<String, Long> ids,
                                   long version, String code, String name, String type, String dept, String region,
                                   String parent, boolean cert, boolean engaged, String modules) throws SQLException {
        site.setString(1, code);
        site.setString(2, name);
        site.setString(3, type);
        site.setString(4, dept);
        site.setString(5, region);
        if (parent == null) {
            site.setNull(6, java.sql.Types.BIGINT);
        } else {
            site.setLong(6, ids.get(parent));
        }
        site.setBoolean(7, cert);
        site.setLong(8, version);
        site.setBoolean(9, engaged);
        try (ResultSet rs = site.executeQuery()) {
            rs.next();
            ids.put(code, rs.getLong(1));
        }
        for (String m : modules.isBlank() ? new String[0] : modules.strip().split("\\s+")) {
            module.setLong(1, ids.get(code));
            module.setInt(2, Integer.parseInt(m));
            module.executeUpdate();
        }
    }
}
