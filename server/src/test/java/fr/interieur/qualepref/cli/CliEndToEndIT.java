package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI (admin-cli/target/qualepref.jar, built earlier in the reactor) run as a separate process, exactly as
 * {@code ./qualepref} runs it, against the WAR deployed on Payara Micro: its main entry point, its exit codes, its
 * session file and its output formats.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE) // last IT class: it provisions the whole tenants/ folder into the shared test database
class CliEndToEndIT {

    static final Path TENANTS = Path.of("../tenants");

    static final File JAR = new File("../admin-cli/target/qualepref.jar");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    @TempDir
    static Path config;

    record Run(int exit, String out, String err) {
    }

    Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.getPath(),
                "--server", base.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(Map.of("QUALEPREF_CONFIG_DIR", config.toString(),
                "QP_ADMIN_PASSWORD", System.getProperty("qualepref.it.admin.password"),
                "QP_NEW_PASSWORD", "a long initial password 42"));
        Path out = Files.createTempFile(config, "out", ".txt");
        Path err = Files.createTempFile(config, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the CLI finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void logsInAndKeepsOnlyARefreshTokenInAnOwnerOnlyFile() throws Exception {
        assertThat(JAR).as("built by the admin-cli module before the server's tests").isFile();
        Run login = cli("login", "--user", Accounts.ADMIN_LOGIN, "--password-env", "QP_ADMIN_PASSWORD");
        assertThat(login.exit()).as(login.toString()).isZero();
        Path session = config.resolve("session.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session))).isEqualTo("rw-------");
        String content = Files.readString(session);
        assertThat(content).doesNotContain(System.getProperty("qualepref.it.admin.password")).contains("refresh");
    }

    @Test
    @Order(2)
    void aRefusedModuleSetExitsOneWithTheRule() throws Exception {
        Run refused = cli("sites", "provision", "--code", "87", "--name", "Préfecture de la Haute-Vienne",
                "--type", "PREFECTURE", "--region", "Nouvelle-Aquitaine", "--cert", "--modules", "1,3");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("CERT_REQUIRES_MODULE_2", "II.2").doesNotContain("Exception", "\tat ");
    }

    @Test
    @Order(3)
    void provisionsAndListsAsJsonAndCsv() throws Exception {
        Run created = cli("sites", "provision", "--code", "87", "--name", "Préfecture de la Haute-Vienne",
                "--type", "PREFECTURE", "--region", "Nouvelle-Aquitaine", "--cert", "--modules", "1,2,5");
        assertThat(created.exit()).as(created.toString()).isZero();

        Run json = cli("sites", "list", "--output", "json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonArray sites = Json.createReader(new StringReader(json.out())).readArray();
        assertThat(sites.stream().map(JsonObject.class::cast).map(s -> s.getString("code"))).contains("87");

        Run csv = cli("sites", "list", "--output", "csv", "--region", "Nouvelle-Aquitaine");
        assertThat(csv.exit()).as(csv.toString()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("code,name,type,region");
        assertThat(lines).anyMatch(l -> l.startsWith("87,Préfecture de la Haute-Vienne,PREFECTURE"));
    }

    @Test
    @Order(4)
    void changesModulesUnderTheRules() throws Exception {
        assertThat(cli("sites", "modules", "set", "87", "1,3").exit()).isEqualTo(1);
        Run ok = cli("sites", "modules", "set", "87", "1,2,4", "--output", "json");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(Json.createReader(new StringReader(ok.out())).readObject().getJsonArray("modules").toString())
                .isEqualTo("[1,2,4]");
    }

    @Test
    @Order(5)
    void readsTheReferential() throws Exception {
        Run show = cli("referential", "show", "17");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("17.2", "Nous vous répondons dans un délai annoncé et maîtrisé");
    }

    @Test
    @Order(6)
    void importsTheWholeTenantsFolderAndASecondImportChangesNothing() throws Exception {
        List<String> codes = Files.readAllLines(TENANTS.resolve("sites.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        int rows = codes.size();
        // IT classes share the test database and run before this one: a site of the file they deactivated is
        // refused by the import (it never reactivates a site), and reported so.
        Run before = cli("sites", "list", "--output", "json");
        int deactivated = (int) Json.createReader(new StringReader(before.out())).readArray().stream()
                .map(JsonObject.class::cast).filter(site -> !site.getBoolean("active"))
                .filter(site -> codes.contains(site.getString("code"))).count();
        int expectedExit = deactivated == 0 ? 0 : 1;

        Run first = cli("sites", "import", TENANTS.toString(), "--output", "json");
        assertThat(first.exit()).as(first.toString()).isEqualTo(expectedExit);
        JsonObject summary = Json.createReader(new StringReader(first.out())).readObject();
        assertThat(summary.getInt("refused")).as(first.out()).isEqualTo(deactivated);
        assertThat(summary.getJsonArray("sites").getValuesAs(JsonObject.class))
                .filteredOn(site -> site.getString("outcome").equals("refused"))
                .allMatch(site -> site.getString("reason").contains("deactivated"));
        // 87 was provisioned above with other modules: the file's choice wins
        assertThat(summary.getInt("created") + summary.getInt("updated") + summary.getInt("unchanged")
                + summary.getInt("refused")).isEqualTo(rows);
        assertThat(summary.getInt("updated")).isGreaterThanOrEqualTo(1);

        Run second = cli("sites", "import", TENANTS.toString(), "--output", "json");
        assertThat(second.exit()).as(second.toString()).isEqualTo(expectedExit);
        JsonObject again = Json.createReader(new StringReader(second.out())).readObject();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("refused")).isEqualTo(deactivated);
        assertThat(again.getInt("unchanged")).isEqualTo(rows - deactivated);

        Run table = cli("sites", "import", TENANTS.toString(), "--dry-run");
        assertThat(table.exit()).as(table.toString()).isEqualTo(expectedExit);
        assertThat(table.out()).endsWith("dry run, nothing changed: would have created 0, updated 0, unchanged "
                + (rows - deactivated) + ", refused " + deactivated + System.lineSeparator());

        Run csv = cli("sites", "list", "--output", "csv", "--type", "PREFECTURE");
        assertThat(csv.out().lines().count()).as("header + the 101 préfectures").isEqualTo(102);
    }

    @Test
    @Order(7)
    void updatesASiteAndKeepsWhatWasNotGiven() throws Exception {
        Run updated = cli("sites", "update", "13-AIX", "--phone", "04 42 17 55 00", "--output", "json");
        assertThat(updated.exit()).as(updated.toString()).isZero();
        JsonObject site = Json.createReader(new StringReader(updated.out())).readObject();
        assertThat(site.getJsonObject("contact").getString("phone")).isEqualTo("04 42 17 55 00");
        assertThat(site.getString("name")).isEqualTo("Sous-préfecture d'Aix-en-Provence");

        Run refused = cli("sites", "update", "13-AIX", "--cert");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("II.2");
    }

    @Test
    @Order(8)
    void addsAReferentQualiteWhoCanThenLogIn() throws Exception {
        Run added = cli("users", "add", "referent.aix", "--name", "Référent d'Aix", "--password-env",
                "QP_NEW_PASSWORD", "--role", "QUALITY_REFERENT", "--site", "13-AIX");
        assertThat(added.exit()).as(added.toString()).isZero();
        assertThat(added.out()).contains("QUALITY_REFERENT@13-AIX");

        Run granted = cli("users", "roles", "grant", "referent.aix", "AGENT", "--site", "13", "--output", "json");
        assertThat(granted.exit()).as(granted.toString()).isZero();
        assertThat(Json.createReader(new StringReader(granted.out())).readArray()).hasSize(2);

        Run list = cli("users", "list", "--site", "13-AIX", "--output", "csv");
        assertThat(list.exit()).as(list.toString()).isZero();
        assertThat(list.out().lines()).first().isEqualTo("login,displayName,email,active,roles,createdAt");
        assertThat(list.out()).contains("referent.aix,Référent d'Aix,,true,");

        Run badRole = cli("users", "roles", "grant", "referent.aix", "QUALITY_REFERENT", "--site", "99-NOWHERE");
        assertThat(badRole.exit()).as(badRole.toString()).isEqualTo(1);
        assertThat(badRole.err().lines().count()).isEqualTo(1);
    }

    @Test
    @Order(9)
    void scheduleGridVerdictsCloseDecisionAndCoverage() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Run refused = cli("audits", "schedule", "22", "--type", "external-initial", "--date",
                today.plusDays(200).toString());
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("INTERNAL_AUDIT_BEFORE_EXTERNAL", "between");

        Run scheduled = cli("audits", "schedule", "22", "--type", "external-initial", "--date",
                today.plusDays(61).toString(), "--with-internal", today.plusDays(1).toString(), "--output", "json");
        assertThat(scheduled.exit()).as(scheduled.toString()).isZero();
        JsonArray audits = Json.createReader(new StringReader(scheduled.out())).readArray();
        String external = String.valueOf(audits.getJsonObject(0).getJsonNumber("id").longValue());

        Run grid = cli("audits", "grid", external, "--output", "csv");
        assertThat(grid.exit()).as(grid.toString()).isZero();
        List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(grid.out())).getRecords();
        assertThat(lines).isNotEmpty();
        Path filled = config.resolve("grid-filled.csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(filled, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("reference", "verdict", "comment").get())) {
            for (CSVRecord line : lines) {
                boolean first = line.getRecordNumber() == 1;
                printer.printRecord(line.get("reference"), first ? "piste de progrès" : "conforme",
                        first ? "Affichage à compléter" : "");
            }
        }
        Run notYet = cli("audits", "close", external);
        assertThat(notYet.exit()).as(notYet.toString()).isEqualTo(1);
        assertThat(notYet.err()).contains("GRID_NOT_ASSESSED");

        Run verdicts = cli("audits", "verdicts", external, filled.toString());
        assertThat(verdicts.exit()).as(verdicts.toString()).isZero();
        assertThat(verdicts.out()).startsWith("recorded " + lines.size() + ",");
        Run closed = cli("audits", "close", external, "--output", "json");
        assertThat(closed.exit()).as(closed.toString()).isZero();
        assertThat(Json.createReader(new StringReader(closed.out())).readObject().getString("status"))
                .isEqualTo("CLOSED");

        Run decided = cli("labels", "decide", external, "--decision", "granted", "--note", "Comité du jour");
        assertThat(decided.exit()).as(decided.toString()).isZero();
        Run label = cli("labels", "show", "22", "--output", "json");
        assertThat(Json.createReader(new StringReader(label.out())).readObject().getString("validUntil"))
                .isEqualTo(today.plusYears(3).toString());

        Run coverage = cli("reports", "coverage", "--output", "json");
        assertThat(coverage.exit()).as(coverage.toString()).isZero();
        JsonObject report = Json.createReader(new StringReader(coverage.out())).readObject();
        assertThat(report.getJsonObject("national").getInt("labelled")).isGreaterThanOrEqualTo(1);
        assertThat(report.getJsonArray("notLabelled").getValuesAs(JsonObject.class))
                .noneMatch(s -> s.getString("site").equals("22"))
                .anyMatch(s -> s.getString("site").equals("56") && s.getString("reason").equals("NO_AUDIT"));
        Run table = cli("reports", "coverage");
        assertThat(table.out()).contains("Label coverage on " + today, "Bretagne", "Not labelled:");
        Run html = cli("audits", "report", external, "--out", config.resolve("report.html").toString());
        assertThat(html.exit()).as(html.toString()).isZero();
        assertThat(Files.readString(config.resolve("report.html"))).contains("piste de progrès",
                "Affichage à compléter");

        // the coverage report as a page with its charts (rendered by headless Chromium) and as a spreadsheet
        Path page = config.resolve("coverage.html");
        Run pageRun = cli("reports", "coverage", "--format", "html", "--out", page.toString());
        assertThat(pageRun.exit()).as(pageRun.toString()).isZero();
        String dom = fr.interieur.qualepref.testing.Chromium.dom(page);
        assertThat(dom).contains("<svg class=\"chart chart-bars\"", "Bretagne", "Sites non labellisés");
        assertThat(dom.split("<line class=\"target\"", -1)).as("the 100 % target on both charts").hasSize(3);
        Path workbook = config.resolve("coverage.xlsx");
        Run xlsx = cli("reports", "coverage", "--format", "xlsx", "--out", workbook.toString());
        assertThat(xlsx.exit()).as(xlsx.toString()).isZero();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(workbook.toFile())) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList())
                    .startsWith("Rapport", "Par région", "Par type de site");
        }
    }

    @Test
    @Order(10)
    void afterLogoutTheServerIsOutOfReach() throws Exception {
        assertThat(cli("logout").exit()).isZero();
        assertThat(config.resolve("session.properties")).doesNotExist();
        Run list = cli("sites", "list");
        assertThat(list.exit()).as(list.toString()).isEqualTo(3);
        assertThat(list.err().lines().count()).isEqualTo(1);
    }

    @Test
    @Order(11)
    void aUsageErrorExitsTwo() throws Exception {
        assertThat(cli("sites", "provision", "--frobnicate").exit()).isEqualTo(2);
    }
}
