package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditsCommandsTest {

    static final String AUDIT = "{\"id\":12,\"site\":\"35\",\"siteName\":\"Préfecture d'Ille-et-Vilaine\","
            + "\"region\":\"Bretagne\",\"type\":\"external-initial\",\"status\":\"SCHEDULED\",\"date\":\"2027-03-15\","
            + "\"preparatoryFrom\":\"2026-12-16\",\"preparatoryUntil\":\"2027-02-14\"}";
    static final String GRID = "{\"audit\":" + AUDIT + ",\"lines\":3,\"assessed\":1,\"grid\":["
            + "{\"id\":101,\"position\":1,\"kind\":\"COMMITMENT\",\"reference\":\"1\",\"title\":\"Accueil\","
            + "\"verdict\":\"CONFORME\",\"evidence\":[]},"
            + "{\"id\":102,\"position\":2,\"kind\":\"ITEM\",\"reference\":\"1.1\",\"title\":\"Horaires\","
            + "\"verdict\":\"NON_EVALUE\",\"evidence\":[]},"
            + "{\"id\":103,\"position\":3,\"kind\":\"REQUIREMENT\",\"reference\":\"IV.1\",\"title\":\"Responsabilités\","
            + "\"verdict\":\"NON_EVALUE\",\"evidence\":[]}]}";

    @TempDir
    Path config;

    @TempDir
    Path work;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void loggedIn() {
        cli = new CliRun(config);
        cli.env.put("QUALEPREF_SERVER", server.url());
        server.tokens("refresh-next");
        new SessionStore(config).save(new Session(server.url(), "dmat-admin", "refresh-0"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void scheduleSendsTheExternalAuditWithItsInternalOne() throws Exception {
        server.json("POST", "/sites/35/audits", 201, "[" + AUDIT + "]");

        assertThat(cli.run("audits", "schedule", "35", "--type", "external-initial", "--date", "2027-03-15",
                "--with-internal", "2027-01-15", "--auditor", "certif.auditeur")).isZero();

        assertThat(Json.parse(server.last("POST", "/sites/35/audits").body())).isEqualTo(Json.parse(
                "{\"type\":\"external-initial\",\"date\":\"2027-03-15\",\"auditor\":\"certif.auditeur\","
                        + "\"withInternal\":\"2027-01-15\"}"));
        assertThat(cli.out().lines().toList().get(1)).startsWith("12  35    external-initial  2027-03-15");
    }

    @Test
    void aRefusalOfTheTwoMonthRuleExitsOneWithTheRangeThatWouldDo() {
        server.problem("POST", "/sites/35/audits", 422, "{\"status\":422,\"detail\":\"Refused (V.2).\","
                + "\"violations\":[{\"rule\":\"INTERNAL_AUDIT_BEFORE_EXTERNAL\",\"reference\":\"V.2\",\"en\":\"the "
                + "external-initial audit on 2027-03-15 needs an internal audit or a self-assessment about 2 months "
                + "before it: between 2026-12-16 and 2027-02-14\"}]}");

        assertThat(cli.run("audits", "schedule", "35", "--type", "external-initial", "--date", "2027-03-15"))
                .isEqualTo(1);

        assertThat(cli.err()).contains("between 2026-12-16 and 2027-02-14", "INTERNAL_AUDIT_BEFORE_EXTERNAL");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(cli.run("audits", "schedule", "35", "--type", "internal", "--date", "15/03/2027")).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void assessNamesTheLineByItsReference() throws Exception {
        server.json("GET", "/audits/12/grid", 200, GRID).json("PUT", "/audits/12/grid/103", 200,
                "{\"id\":103,\"reference\":\"IV.1\",\"verdict\":\"POINT_SENSIBLE\"}");

        assertThat(cli.run("audits", "assess", "12", "IV.1", "--verdict", "point sensible", "--comment",
                "Organigramme ancien", "--evidence", "7,9")).isZero();

        assertThat(Json.parse(server.last("PUT", "/audits/12/grid/103").body())).isEqualTo(Json.parse(
                "{\"verdict\":\"point sensible\",\"comment\":\"Organigramme ancien\",\"evidence\":[7,9]}"));
        assertThat(cli.run("audits", "assess", "12", "99.9", "--verdict", "conforme")).isEqualTo(1);
        assertThat(cli.err()).contains("the grid has no line 99.9");
    }

    @Test
    void verdictsFromAFilledInGridSkipTheUnchangedAndReportTheRefused() throws Exception {
        server.json("GET", "/audits/12/grid", 200, GRID)
                .json("PUT", "/audits/12/grid/102", 200, "{}")
                .problem("PUT", "/audits/12/grid/103", 400, "{\"status\":400,\"detail\":\"unknown verdict 'bof'.\"}");
        Path csv = work.resolve("grid.csv");
        Files.writeString(csv, "position,kind,reference,verdict,comment\n"
                + "1,COMMITMENT,1,CONFORME,\n"
                + "2,ITEM,1.1,conforme,\"Affichées, à jour\"\n"
                + "3,REQUIREMENT,IV.1,bof,\n"
                + "4,ITEM,9.9,conforme,\n", StandardCharsets.UTF_8);

        assertThat(cli.run("audits", "verdicts", "12", csv.toString())).isEqualTo(1);

        assertThat(Json.parse(server.last("PUT", "/audits/12/grid/102").body()))
                .isEqualTo(Json.parse("{\"verdict\":\"conforme\",\"comment\":\"Affichées, à jour\"}"));
        assertThat(cli.out()).isEqualTo("recorded 1, unchanged 1, refused 2" + System.lineSeparator());
        assertThat(cli.err().lines()).containsExactly("line 4 (IV.1): unknown verdict 'bof'.",
                "line 5: the grid has no line 9.9");
    }

    @Test
    void theGridAsCsvIsTheServersExport() {
        server.answerText("GET", "/audits/12/grid", "text/csv", "position,reference\n1,1\n");

        assertThat(cli.run("audits", "grid", "12", "-o", "csv")).isZero();

        assertThat(cli.out()).isEqualTo("position,reference\n1,1\n");
        assertThat(server.last("GET", "/audits/12/grid").accept()).isEqualTo("text/csv");
    }

    @Test
    void labelDecisionAndCoverageReport() throws Exception {
        server.json("POST", "/audits/12/decision", 201, "{\"id\":1,\"site\":\"35\",\"audit\":12,"
                + "\"decision\":\"GRANTED\",\"decidedOn\":\"2027-04-20\",\"validUntil\":\"2030-04-20\"}");
        assertThat(cli.run("labels", "decide", "12", "--decision", "granted", "--date", "2027-04-20")).isZero();
        assertThat(Json.parse(server.last("POST", "/audits/12/decision").body()))
                .isEqualTo(Json.parse("{\"decision\":\"granted\",\"decidedOn\":\"2027-04-20\"}"));
        assertThat(cli.run("labels", "decide", "12", "--decision", "maybe")).isEqualTo(2);

        server.json("GET", "/reports/coverage", 200, "{\"on\":\"2027-05-01\",\"target\":1.0,"
                + "\"national\":{\"key\":\"national\",\"inScope\":2,\"labelled\":1,\"rate\":0.5},"
                + "\"byRegion\":[{\"key\":\"Bretagne\",\"inScope\":2,\"labelled\":1,\"rate\":0.5}],"
                + "\"byType\":[{\"key\":\"PREFECTURE\",\"inScope\":2,\"labelled\":1,\"rate\":0.5}],"
                + "\"notLabelled\":[{\"site\":\"29\",\"name\":\"Préfecture du Finistère\",\"region\":\"Bretagne\","
                + "\"type\":\"PREFECTURE\",\"state\":\"NOT_LABELLED\",\"reason\":\"NO_AUDIT\"}]}");
        assertThat(cli.run("reports", "coverage", "-o", "csv")).isZero();
        assertThat(cli.out().lines()).containsExactly("scope,key,inScope,labelled,rate",
                "national,national,2,1,50.0%", "region,Bretagne,2,1,50.0%", "type,PREFECTURE,2,1,50.0%");
        assertThat(cli.run("reports", "coverage")).isZero();
        assertThat(cli.out()).contains("Label coverage on 2027-05-01 (target 100 %)", "Not labelled:",
                "29    Préfecture du Finistère");
    }

    @Test
    void reportsComeAsPagesAndSpreadsheetsMadeByTheServer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        server.answerText("GET", "/reports/modules", "text/html;charset=utf-8", "<!DOCTYPE html><svg class=\"chart\">");
        assertThat(cli.run("reports", "modules", "--format", "html")).isZero();
        assertThat(cli.out()).isEqualTo("<!DOCTYPE html><svg class=\"chart\">");
        assertThat(server.last("GET", "/reports/modules").accept()).isEqualTo("text/html");

        // a spreadsheet is binary: it goes to a file, never to the terminal
        assertThat(cli.run("reports", "governance", "--format", "xlsx")).isEqualTo(2);
        assertThat(cli.err()).contains("--format xlsx writes a file: add --out FILE");

        server.answerText("GET", "/reports/governance", XLSX, "PK-not-really-a-zip");
        java.nio.file.Path file = dir.resolve("governance.xlsx");
        assertThat(cli.run("reports", "governance", "--year", "2026", "--format", "xlsx", "--out",
                file.toString())).isZero();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("PK-not-really-a-zip");
        assertThat(server.last("GET", "/reports/governance").accept()).isEqualTo(XLSX);
        assertThat(server.last("GET", "/reports/governance").query()).isEqualTo("year=2026");
        assertThat(cli.out()).contains("Report written to " + file);
    }

    @Test
    void governanceAndLabelWarningsAsTablesAndCsv() throws Exception {
        server.json("GET", "/reports/governance", 200, "{\"year\":2026,\"on\":\"2026-12-01\","
                + "\"national\":{\"key\":\"national\",\"sites\":2,\"committeeMet\":1,\"annualReviewHeld\":2,"
                + "\"cofilWithMinutes\":0,\"agentsWithDuty\":8,\"agentsCompliant\":6,\"committeeRate\":0.5,"
                + "\"annualReviewRate\":1.0,\"trainingRate\":0.75},\"byRegion\":[{\"key\":\"Bretagne\","
                + "\"sites\":2,\"committeeMet\":1,\"annualReviewHeld\":2,\"cofilWithMinutes\":0,"
                + "\"agentsWithDuty\":8,\"agentsCompliant\":6,\"committeeRate\":0.5,\"annualReviewRate\":1.0,"
                + "\"trainingRate\":0.75}],\"sites\":[{\"site\":\"29\",\"region\":\"Bretagne\","
                + "\"committeeMet\":\"MET\",\"annualReview\":\"MET\",\"cofilMinutes\":\"NOT_YET_DUE\","
                + "\"agentsWithDuty\":5,\"agentsCompliant\":4}]}");
        assertThat(cli.run("reports", "governance", "-o", "csv")).isZero();
        assertThat(cli.out().lines()).containsExactly("scope,key,sites,committeeMet,annualReviewHeld,"
                        + "cofilWithMinutes,agentsWithDuty,agentsCompliant,committeeRate,annualReviewRate,trainingRate",
                "national,national,2,1,2,0,8,6,50.0%,100.0%,75.0%", "region,Bretagne,2,1,2,0,8,6,50.0%,100.0%,75.0%");
        assertThat(cli.run("reports", "governance")).isZero();
        assertThat(cli.out()).contains("Sites (2026, evaluated on 2026-12-01):", "29    Bretagne  MET");

        server.json("GET", "/reports/labels", 200, "{\"on\":\"2026-12-01\",\"warnings\":[{\"site\":\"35\","
                + "\"region\":\"Bretagne\",\"validUntil\":\"2027-04-30\",\"code\":"
                + "\"LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT\",\"message\":\"the label ends on 2027-04-30\"}]}");
        assertThat(cli.run("reports", "labels", "--on", "2026-12-01", "-o", "csv")).isZero();
        assertThat(cli.out().lines()).containsExactly("site,region,validUntil,followUpDue,code,message",
                "35,Bretagne,2027-04-30,,LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT,the label ends on 2027-04-30");
        assertThat(server.last("GET", "/reports/labels").query()).isEqualTo("on=2026-12-01");
    }

    @Test
    void indicatorsComeFromTheIndicatorsCapabilityWithThisYearAsDefault() throws Exception {
        server.json("GET", "/indicators/national", 200, "{\"from\":\"2026-01-01\",\"to\":\"2026-06-30\","
                + "\"period\":\"QUARTER\",\"asOf\":\"2026-12-01\",\"sitesRead\":2,\"distributions\":["
                + "{\"indicator\":\"I17.1\",\"label\":\"Taux de réponse\",\"period\":\"2026-Q1\",\"scope\":"
                + "\"national\",\"sites\":2,\"mean\":0.75,\"median\":0.75,\"p10\":0.55,\"p90\":0.95},"
                + "{\"indicator\":\"I17.1\",\"label\":\"Taux de réponse\",\"period\":\"2026-Q2\",\"scope\":"
                + "\"national\",\"sites\":0,\"mean\":null,\"median\":null,\"p10\":null,\"p90\":null}]}");
        assertThat(cli.run("reports", "indicators", "--from", "2026-01-01", "--to", "2026-06-30", "--period",
                "quarter", "--region", "Provence-Alpes-Côte d'Azur", "-o", "csv")).isZero();
        assertThat(server.last("GET", "/indicators/national").query()).isEqualTo("from=2026-01-01&to=2026-06-30"
                + "&period=QUARTER&region=Provence-Alpes-C%C3%B4te+d%27Azur");
        assertThat(cli.out().lines()).containsExactly("indicator,label,period,scope,sites,mean,median,p10,p90",
                "I17.1,Taux de réponse,2026-Q1,national,2,0.75,0.75,0.55,0.95",
                "I17.1,Taux de réponse,2026-Q2,national,0,,,,");

        assertThat(cli.run("reports", "indicators")).isZero();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        assertThat(server.last("GET", "/indicators/national").query()).isEqualTo("from=" + today.withDayOfYear(1)
                + "&to=" + today + "&period=YEAR");
        assertThat(cli.out()).contains("Indicators 2026-01-01 – 2026-06-30 (2 sites read;", "I17.1");
    }

    /** The spreadsheet media type, as the CLI asks for it. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
