package fr.interieur.qualepref.audits.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.AuditTrails;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import fr.interieur.qualepref.testing.Chromium;
import fr.interieur.qualepref.testing.AuditTrails;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audits through HTTP: scheduling under V.2 (the 2-month rule, both audits in one transaction, rescheduling), the
 * auditor's access window, the grid of a sous-préfecture with an exclusion, verdicts and closing, exports, the label
 * decision and the coverage report — and that no audit route lets one site reach another's audits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditsIT {

    static final String BZH = "Bretagne";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    static Api anonymous;
    static Api dmat;
    static Api referent29;
    static Api referentBrest;
    static Api referent35;
    static Api pilotBzh;

    @BeforeEach
    void world() {
        if (dmat != null) {
            return;
        }
        anonymous = new Api(base);
        dmat = anonymous.as(Accounts.adminToken(anonymous));
        created(dmat.post("sites", "application/json", site("29", "Préfecture du Finistère", "PREFECTURE", null,
                false, true, "[1,3,4,5,7]")));
        created(dmat.post("sites", "application/json", site("29-BREST", "Sous-préfecture de Brest",
                "SOUS_PREFECTURE", "29", false, true, "[1,4]")));
        created(dmat.post("sites", "application/json", site("29-MORLAIX", "Sous-préfecture de Morlaix",
                "SOUS_PREFECTURE", "29", false, false, "[]")));
        created(dmat.post("sites", "application/json", site("35", "Préfecture d'Ille-et-Vilaine", "PREFECTURE", null,
                true, true, "[1,2,3,4,5,7]")));
        referent29 = anonymous.as(Accounts.userWith(dmat, "referent-29", "QUALITY_REFERENT", "29", null));
        referentBrest = anonymous.as(Accounts.userWith(dmat, "referent-brest", "QUALITY_REFERENT", "29-BREST", null));
        referent35 = anonymous.as(Accounts.userWith(dmat, "referent-35", "QUALITY_REFERENT", "35", null));
        pilotBzh = anonymous.as(Accounts.userWith(dmat, "pilot-bzh", "REGIONAL_PILOT", null, BZH));
        ok(referentBrest.put("sites/29-BREST/exclusions/36", "{\"justification\":\"Pas de mission collectivités\"}"));
    }

    static String site(String code, String name, String type, String parent, boolean cert, boolean engaged,
                       String modules) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"region\":\"" + BZH
                + "\"," + (parent == null ? "" : "\"parent\":\"" + parent + "\",") + "\"hasCert\":" + cert
                + ",\"engaged\":" + engaged + ",\"modules\":" + modules + "}";
    }

    static Reply created(Reply r) {
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        return r;
    }

    static Reply ok(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    static Reply refused(Reply r, int status, String rule) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (rule != null) {
            assertThat(r.body()).contains(rule);
        }
        return r;
    }

    /** A record of the site's documentary system, to link as evidence. */
    static long evidence(Api api, String code, String title) {
        Reply r = api.post("sites/" + code + "/documents", "application/json", "{\"kind\":\"RECORD\",\"title\":\""
                + title + "\",\"references\":[],\"note\":\"" + title + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.object().getJsonNumber("id").longValue();
    }

    static Reply schedule(Api api, String code, String body) {
        return api.post("sites/" + code + "/audits", "application/json", body);
    }

    static String audit(String type, LocalDate date) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}";
    }

    @Test
    void anExternalAuditWithoutItsInternalAuditIsRefusedWithTheDatesThatWouldDoAndNothingIsCreated() {
        LocalDate external = TODAY.plusMonths(5).plusDays(3);
        Reply r = refused(schedule(dmat, "29", audit("external-initial", external)), 422,
                "INTERNAL_AUDIT_BEFORE_EXTERNAL");
        LocalDate nominal = external.minusMonths(2);
        assertThat(r.body()).contains(nominal.minusDays(30).toString(), nominal.plusDays(30).toString());
        assertThat(ok(dmat.get("sites/29/audits")).array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("date").equals(external.toString()));
    }

    @Test
    void bothAuditsInOneRequestThenMovingEitherReChecksTheRule() {
        LocalDate external = TODAY.plusMonths(6);
        LocalDate internal = external.minusMonths(2);
        Reply r = schedule(dmat, "35", "{\"type\":\"external-initial\",\"date\":\"" + external
                + "\",\"withInternal\":\"" + internal + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        List<JsonObject> audits = r.array().getValuesAs(JsonObject.class);
        assertThat(audits).extracting(a -> a.getString("type")).containsExactly("external-initial", "internal");
        assertThat(audits.get(0).getString("preparatoryUntil")).isEqualTo(internal.plusDays(30).toString());
        long ext = audits.get(0).getJsonNumber("id").longValue();
        long in = audits.get(1).getJsonNumber("id").longValue();

        // one day outside the window, then one day inside
        LocalDate outside = firstExternalDayBeyond(internal);
        refused(dmat.put("audits/" + ext + "/date", "{\"date\":\"" + outside + "\"}"), 422,
                "INTERNAL_AUDIT_BEFORE_EXTERNAL");
        ok(dmat.put("audits/" + ext + "/date", "{\"date\":\"" + outside.minusDays(1) + "\"}"));
        refused(dmat.put("audits/" + in + "/date", "{\"date\":\"" + internal.minusDays(40) + "\"}"), 422,
                "INTERNAL_AUDIT_BEFORE_EXTERNAL");
        refused(dmat.post("audits/" + in + "/cancellation", "application/json", "{\"reason\":\"Auditeur absent\"}"),
                422, "INTERNAL_AUDIT_BEFORE_EXTERNAL");
        // the référent may move the internal audit, not the external one
        refused(referent35.put("audits/" + ext + "/date", "{\"date\":\"" + external + "\"}"), 403, null);
        ok(referent35.put("audits/" + in + "/date", "{\"date\":\"" + internal.plusDays(1) + "\"}"));
        // the regional pilot sees both; another site's référent sees neither
        assertThat(ok(pilotBzh.get("audits?region=" + BZH.replace(" ", "%20") + "&type=internal")).array()
                .getValuesAs(JsonObject.class)).anyMatch(a -> a.getJsonNumber("id").longValue() == in);
        refused(referent29.get("audits/" + ext), 404, null);
        assertThat(ok(referent29.get("audits")).array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("site").equals("35"));
    }

    @Test
    void aSiteNotEngagedAndADateInThePastAreRefused() {
        refused(schedule(dmat, "29-MORLAIX", audit("self-assessment", TODAY.plusDays(5))), 422, "SITE_NOT_ENGAGED");
        refused(schedule(dmat, "29", audit("self-assessment", TODAY.minusDays(1))), 422, "AUDIT_IN_THE_PAST");
        refused(schedule(dmat, "29", "{\"type\":\"inspection\",\"date\":\"" + TODAY + "\"}"), 400, "type");
        refused(schedule(dmat, "29", "{\"type\":\"internal\",\"date\":\"demain\"}"), 400, null);
        refused(schedule(referent29, "29", audit("external-initial", TODAY.plusMonths(3))), 403, null);
    }

    @Test
    void theAuditorReadsAndAssessesTheGridInItsWindowAndTheAuditClosesWhenEveryLineIsAssessed() throws Exception {
        Accounts.userWith(dmat, "auditeur-brest", "AUDITOR", "35", null);
        created(dmat.post("auditor-pool", "application/json", member("auditeur-brest", BZH, TODAY.minusMonths(6))));
        Reply r = schedule(dmat, "29-BREST", "{\"type\":\"internal\",\"date\":\"" + TODAY.plusDays(3)
                + "\",\"auditor\":\"auditeur-brest\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject audit = r.array().getJsonObject(0);
        long id = audit.getJsonNumber("id").longValue();
        assertThat(audit.getString("auditor")).isEqualTo("auditeur-brest");
        assertThat(audit.getString("auditorAccessFrom")).startsWith(TODAY.plusDays(3).minusDays(14).toString());
        // the grant is visible: on the user, and in the site's view of the audit
        assertThat(ok(dmat.get("users/auditeur-brest")).body()).contains("\"site\":\"29-BREST\"");
        assertThat(ok(referentBrest.get("audits/" + id)).object().getString("auditor")).isEqualTo("auditeur-brest");

        Api auditor = anonymous.as(Accounts.token(anonymous, "auditeur-brest", Accounts.PASSWORD));
        JsonObject grid = ok(auditor.get("audits/" + id + "/grid")).object();
        List<JsonObject> lines = grid.getJsonArray("grid").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("reference")).contains("1", "1.1", "36", "IV.1", "V.3")
                .doesNotContain("21", "47");
        assertThat(lines).filteredOn(l -> l.getString("reference").startsWith("36"))
                .allSatisfy(l -> {
                    assertThat(l.getString("verdict")).isEqualTo("NON_APPLICABLE");
                    assertThat(l.getString("notApplicableWhy")).isEqualTo("Pas de mission collectivités");
                });
        long first = lines.get(0).getJsonNumber("id").longValue();
        long poster = evidence(referentBrest, "29-BREST", "Photo de l'affichage des horaires");
        long guide = evidence(referentBrest, "29-BREST", "Guide de l'accueil");
        long elsewhere = evidence(referent35, "35", "Document d'un autre site");
        refused(auditor.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"conforme\",\"evidence\":["
                + elsewhere + "]}"), 404, null);

        ok(auditor.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"non-conformité mineure\","
                + "\"comment\":\"Pas d'affichage des horaires <b>à l'entrée</b>\",\"evidence\":[" + poster + "," + guide
                + "]}"));
        // the finding opened an action in the site's action plans, linked back to the line (V.2)
        JsonObject assessed = ok(referentBrest.get("audits/" + id + "/grid")).object().getJsonArray("grid")
                .getJsonObject(0);
        long plan = assessed.getJsonNumber("actionPlan").longValue();
        JsonObject actionPlan = ok(referentBrest.get("sites/29-BREST/action-plans/" + plan)).object();
        assertThat(actionPlan.toString()).contains("AUDIT_FINDING", "audit/" + id, "non-conformité mineure",
                TODAY.plusMonths(3).toString());
        refused(auditor.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"excellent\"}"), 400, "verdict");
        refused(referentBrest.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"conforme\"}"), 403, null);
        refused(referent35.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"conforme\"}"), 404, null);
        assertThat(ok(dmat.get("audits/" + id)).object().getString("status")).isEqualTo("IN_PROGRESS");
        refused(auditor.post("audits/" + id + "/closure", "application/json", ""), 422, "GRID_NOT_ASSESSED");

        for (JsonObject line : lines.subList(1, lines.size())) {
            if (line.getString("verdict").equals("NON_EVALUE")) {
                ok(auditor.put("audits/" + id + "/grid/" + line.getJsonNumber("id").longValue(),
                        "{\"verdict\":\"conforme\"}"));
            }
        }
        JsonObject closed = ok(auditor.post("audits/" + id + "/closure", "application/json", "")).object();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("reportOn")).isEqualTo(TODAY.toString());
        assertThat(closed.getString("auditorAccessUntil")).startsWith(TODAY.plusDays(31).toString());
        refused(auditor.put("audits/" + id + "/grid/" + first, "{\"verdict\":\"conforme\"}"), 422, "AUDIT_NOT_OPEN");

        // the findings report counts it (commitment 1, minor), nationally and for Bretagne, for the pilot too
        for (Api reader : List.of(dmat, pilotBzh)) {
            JsonObject findings = ok(reader.get("reports/findings")).object();
            assertThat(findings.getJsonObject("national").getJsonArray("references").getValuesAs(JsonObject.class))
                    .anyMatch(c -> c.getString("reference").equals("1") && c.getInt("minor") >= 1);
            assertThat(findings.getJsonArray("byRegion").getValuesAs(JsonObject.class))
                    .anyMatch(region -> region.getString("key").equals(BZH));
        }
        refused(referentBrest.get("reports/findings"), 403, null);
        refused(dmat.get("reports/findings?from=2027-01-01&to=2026-01-01"), 400, null);

        Reply csv = auditor.send(HttpRequest.newBuilder(auditor.api("audits/" + id + "/grid"))
                .header("Accept", "text/csv"));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(lines.size());
        assertThat(rows.get(0).get("verdict")).isEqualTo("NON_CONFORMITE_MINEURE");
        assertThat(rows.get(0).get("evidence")).isEqualTo(poster + " " + guide);

        Reply html = referentBrest.send(HttpRequest.newBuilder(referentBrest.api("audits/" + id + "/report")).header("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("Sous-préfecture de Brest", "non-conformité mineure",
                "&lt;b&gt;à l&#39;entrée&lt;/b&gt;").doesNotContain("<b>à l'entrée</b>");

        // a new audit can start from this grid: evidence kept, verdicts reset
        Reply next = schedule(referentBrest, "29-BREST", "{\"type\":\"self-assessment\",\"date\":\""
                + TODAY.plusDays(20) + "\",\"basedOn\":" + id + "}");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        long nextId = next.array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject firstAgain = ok(referentBrest.get("audits/" + nextId + "/grid")).object().getJsonArray("grid")
                .getJsonObject(0);
        assertThat(firstAgain.getString("verdict")).isEqualTo("NON_EVALUE");
        assertThat(firstAgain.getJsonArray("evidence").toString()).isEqualTo("[" + poster + "," + guide + "]");
    }

    @Test
    void theLabelDecisionAfterAClosedExternalAuditAndTheCoverageReport() {
        LocalDate external = TODAY.plusDays(61);
        Reply r = schedule(dmat, "29", "{\"type\":\"external-initial\",\"date\":\"" + external
                + "\",\"withInternal\":\"" + TODAY.plusDays(1) + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long ext = r.array().getJsonObject(0).getJsonNumber("id").longValue();
        long in = r.array().getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(ok(dmat.get("sites/29/label")).object().getString("reason")).isEqualTo("AUDIT_SCHEDULED");

        refused(dmat.post("audits/" + in + "/decision", "application/json", "{\"decision\":\"granted\","
                + "\"decidedOn\":\"" + TODAY + "\"}"), 422, "DECISION_AFTER_EXTERNAL_AUDIT");
        refused(dmat.post("audits/" + ext + "/decision", "application/json", "{\"decision\":\"granted\","
                + "\"decidedOn\":\"" + TODAY + "\"}"), 422, "DECISION_AFTER_REPORT");

        for (JsonObject line : ok(dmat.get("audits/" + ext + "/grid")).object().getJsonArray("grid")
                .getValuesAs(JsonObject.class)) {
            ok(dmat.put("audits/" + ext + "/grid/" + line.getJsonNumber("id").longValue(),
                    "{\"verdict\":\"conforme\"}"));
        }
        ok(dmat.post("audits/" + ext + "/closure", "application/json", ""));
        assertThat(ok(dmat.get("sites/29/label")).object().getString("reason")).isEqualTo("AWAITING_DECISION");
        refused(referent29.post("audits/" + ext + "/decision", "application/json", "{\"decision\":\"granted\","
                + "\"decidedOn\":\"" + TODAY + "\"}"), 403, null);

        Reply decided = dmat.post("audits/" + ext + "/decision", "application/json", "{\"decision\":\"granted\","
                + "\"decidedOn\":\"" + TODAY + "\",\"note\":\"Comité de labellisation\"}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.object().getString("validUntil")).isEqualTo(TODAY.plusYears(3).toString());
        refused(dmat.post("audits/" + ext + "/decision", "application/json", "{\"decision\":\"refused\","
                + "\"decidedOn\":\"" + TODAY + "\"}"), 409, null);

        JsonObject label = ok(referent29.get("sites/29/label")).object();
        assertThat(label.getString("state")).isEqualTo("LABELLED");
        assertThat(label.getString("followUpDue")).isEqualTo(TODAY.plusMonths(18).toString());

        JsonObject coverage = ok(pilotBzh.get("reports/coverage")).object();
        assertThat(coverage.getJsonArray("byRegion").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("key")).containsExactly(BZH);
        JsonObject bzh = coverage.getJsonArray("byRegion").getJsonObject(0);
        assertThat(bzh.getInt("labelled")).isGreaterThanOrEqualTo(1);
        assertThat(coverage.getJsonArray("notLabelled").getValuesAs(JsonObject.class))
                .noneMatch(s -> s.getString("site").equals("29"))
                .noneMatch(s -> s.getString("site").equals("29-MORLAIX"))
                .allMatch(s -> List.of("NO_AUDIT", "AUDIT_SCHEDULED", "AWAITING_DECISION", "REFUSED", "SUSPENDED",
                        "EXPIRED").contains(s.getString("reason")));
        refused(referent29.get("reports/coverage"), 403, null);

        JsonObject modules = ok(pilotBzh.get("reports/modules")).object();
        assertThat(modules.getJsonArray("byRegion").getJsonObject(0).getJsonObject("modules").getInt("1"))
                .isEqualTo(modules.getJsonObject("national").getInt("sites"));
        JsonObject calendar = ok(dmat.get("reports/audits")).object();
        assertThat(calendar.getJsonArray("upcoming").getValuesAs(JsonObject.class))
                .anyMatch(a -> a.getJsonNumber("id").longValue() == in && a.getString("site").equals("29"))
                .noneMatch(a -> a.getJsonNumber("id").longValue() == ext);
        assertThat(calendar.getJsonArray("breaches").getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("site").equals("29"));
        assertThat(ok(dmat.get("reports/coverage")).object().getJsonObject("national").getInt("inScope"))
                .isGreaterThanOrEqualTo(bzh.getInt("inScope"));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theGovernanceReportReadsEachSitesRecordsUnderItsOwnPolicyAndComesAsAPageWithChartsOrASpreadsheet()
            throws Exception {
        LocalDate held = TODAY.minusDays(1);
        int year = held.getYear();
        long committee = created(referent35.post("sites/35/users-committees", "application/json",
                "{\"name\":\"Comité des usagers d'Ille-et-Vilaine\"}")).object().getJsonNumber("id").longValue();
        long member = created(referent35.post("sites/35/users-committees/" + committee + "/members",
                "application/json", "{\"name\":\"UFC représentant\",\"category\":\"CONSUMER_ASSOCIATION\","
                        + "\"organisation\":\"UFC\",\"memberFrom\":\"" + held.minusYears(1) + "\"}")).object()
                .getJsonNumber("id").longValue();
        Reply meeting = referent35.post("sites/35/users-committees/" + committee + "/meetings", "application/json",
                "{\"heldOn\":\"" + held + "\",\"attendees\":[" + member + "],\"topics\":[\"QUALITY_RESULTS\"]}");
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);

        JsonObject report = ok(pilotBzh.get("reports/governance?year=" + year)).object();
        assertThat(report.getInt("year")).isEqualTo(year);
        Map<String, JsonObject> sites = report.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("site"), s -> s));
        assertThat(sites).containsKeys("29", "29-BREST", "35").doesNotContainKey("29-MORLAIX");
        assertThat(sites.values()).allMatch(s -> s.getString("region").equals(BZH));
        assertThat(sites.get("35").getString("committeeMet")).isEqualTo("MET");
        assertThat(sites.get("29").getString("committeeMet")).isIn("NOT_MET", "NOT_YET_DUE");
        assertThat(report.getJsonObject("national").getInt("committeeMet")).isGreaterThanOrEqualTo(1);
        assertThat(report.getJsonArray("byRegion").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("key")).containsExactly(BZH);
        assertThat(AuditTrails.auditTrail("35", "Governance")).contains("pilot-bzh READ Governance");
        assertThat(ok(dmat.get("reports/governance?year=" + year)).object().getJsonObject("national")
                .getInt("sites")).isGreaterThanOrEqualTo(report.getJsonObject("national").getInt("sites"));
        refused(referent35.get("reports/governance"), 403, null);
        refused(dmat.get("reports/governance?year=twenty"), 400, "year");

        // the same report as a page: headless Chromium finds the chart and its bars (3 series × 1 region)
        HttpResponse<byte[]> page = pilotBzh.download("reports/governance?year=" + year, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Path file = Files.createTempFile("governance", ".html");
        Files.write(file, page.body());
        String dom = Chromium.dom(file);
        assertThat(dom).contains("<svg class=\"chart chart-bars\"", "Ille-et-Vilaine")
                .doesNotContain("Provence");
        assertThat(dom.split("<rect class=\"bar\"", -1)).hasSize(1 + 3);

        // and as a spreadsheet, numbers kept as numbers
        HttpResponse<byte[]> xlsx = pilotBzh.download("reports/coverage", XLSX);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains(".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).startsWith("Rapport", "Par région", "Par type de site");
            List<Row> regions = sheets.get(1).read();
            assertThat(regions).hasSize(2);
            assertThat(regions.get(1).getCellText(0)).isEqualTo(BZH);
            assertThat(regions.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue())
                    .isGreaterThanOrEqualTo(3));
        }
    }

    @Test
    void theLabelWarningsReportIsTheDmatsAndTheRegionsOnly() {
        JsonObject warnings = ok(pilotBzh.get("reports/labels")).object();
        assertThat(warnings.getString("on")).isEqualTo(TODAY.toString());
        assertThat(warnings.getJsonArray("warnings").getValuesAs(JsonObject.class))
                .allMatch(w -> w.getString("region").equals(BZH));
        ok(dmat.get("reports/labels?on=" + TODAY.plusYears(3).minusMonths(5)));
        refused(referent29.get("reports/labels"), 403, null);
        refused(dmat.get("reports/labels?on=someday"), 400, null);
    }

    @Test
    void auditRoutesAnswerNotFoundForAnotherSitesAuditAndForBadIds() {
        Reply r = schedule(dmat, "35", audit("self-assessment", TODAY.plusDays(9)));
        long id = r.array().getJsonObject(0).getJsonNumber("id").longValue();
        for (String path : List.of("audits/" + id, "audits/" + id + "/grid")) {
            refused(referent29.get(path), 404, null);
            assertThat(referent29.get(path).body()).doesNotContain("Ille-et-Vilaine");
        }
        Reply report = referent29.send(HttpRequest.newBuilder(referent29.api("audits/" + id + "/report"))
                .header("Accept", "text/html"));
        refused(report, 404, null);
        refused(referent29.put("audits/" + id + "/date", "{\"date\":\"" + TODAY.plusDays(10) + "\"}"), 404, null);
        refused(referent29.post("audits/" + id + "/cancellation", "application/json", "{\"reason\":\"x\"}"), 404,
                null);
        refused(referent29.post("audits/" + id + "/closure", "application/json", ""), 404, null);
        refused(dmat.get("audits/abc"), 400, null);
        refused(dmat.get("audits/999999999"), 404, null);
        refused(anonymous.get("audits/" + id), 401, null);
    }

    static final String NORMANDIE = "Normandie";

    static String member(String login, String region, LocalDate trainedOn) {
        return "{\"login\":\"" + login + "\",\"region\":\"" + region + "\",\"trainedOn\":\"" + trainedOn
                + "\",\"attestation\":\"Feuille d'émargement, session nationale " + trainedOn + "\"}";
    }

    static long id(Reply r) {
        return r.object().getJsonNumber("id").longValue();
    }

    static String auditorOf(long audit) {
        JsonObject a = ok(dmat.get("audits/" + audit)).object();
        return !a.containsKey("auditor") || a.isNull("auditor") ? null : a.getString("auditor");
    }

    static List<Long> ids(Reply r) {
        return ok(r).array().getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void theRegionalPoolIsKeptByTheDmatAndTheRegionsPilotOnly() {
        Api pilotNormandie = anonymous.as(Accounts.userWith(dmat, "pilot-normandie", "REGIONAL_PILOT", null,
                NORMANDIE));
        created(dmat.post("sites", "application/json", "{\"code\":\"14\",\"name\":\"Préfecture du Calvados\","
                + "\"type\":\"PREFECTURE\",\"region\":\"" + NORMANDIE + "\",\"hasCert\":false,\"engaged\":true,"
                + "\"modules\":[1,3,4,5,7]}"));
        Accounts.userWith(dmat, "pool-anne", "AUDITOR", "35", null);
        Accounts.userWith(dmat, "pool-yves", "AUDITOR", "35", null);

        // the region's pilot adds; the DMAT adds in any region
        Reply anne = pilotBzh.post("auditor-pool", "application/json", member("pool-anne", BZH, TODAY.minusYears(1)));
        assertThat(anne.status()).as(anne.toString()).isEqualTo(201);
        assertThat(anne.object().getString("region")).isEqualTo(BZH);
        assertThat(anne.object().getBoolean("active")).isTrue();
        assertThat(anne.object().getString("addedBy")).isEqualTo("pilot-bzh");
        long yves = id(created(dmat.post("auditor-pool", "application/json",
                member("pool-yves", NORMANDIE, TODAY.minusMonths(2)))));
        refused(pilotBzh.post("auditor-pool", "application/json", member("pool-anne", BZH, TODAY)), 409, null);

        // another region's pilot and a référent are refused; a membership of another region does not exist for them
        refused(pilotNormandie.post("auditor-pool", "application/json", member("pool-yves", BZH, TODAY)), 403, null);
        refused(pilotNormandie.get("auditor-pool?region=" + BZH), 403, null);
        refused(pilotNormandie.get("auditor-pool/" + id(anne)), 404, null);
        refused(pilotNormandie.post("auditor-pool/" + id(anne) + "/withdrawal", "application/json",
                "{\"reason\":\"Mutation\"}"), 404, null);
        refused(referent29.get("auditor-pool"), 403, null);
        refused(referent29.post("auditor-pool", "application/json", member("pool-yves", BZH, TODAY)), 403, null);
        refused(anonymous.get("auditor-pool"), 401, null);

        // bad input
        refused(dmat.post("auditor-pool", "application/json", member("pool-yves", "Atlantide", TODAY)), 400,
                "Atlantide");
        refused(dmat.post("auditor-pool", "application/json", member("pool-yves", BZH, TODAY.plusYears(2))), 400,
                "trainedOn");
        refused(dmat.post("auditor-pool", "application/json", "{\"login\":\"pool-yves\",\"region\":\"" + BZH
                + "\",\"trainedOn\":\"" + TODAY + "\"}"), 400, "attestation");
        refused(dmat.post("auditor-pool", "application/json", member("nobody-here", BZH, TODAY)), 404, null);
        refused(dmat.get("auditor-pool?status=retired"), 400, "status");

        // each pilot lists its own region only
        List<JsonObject> bzh = ok(pilotBzh.get("auditor-pool")).array().getValuesAs(JsonObject.class);
        assertThat(bzh).extracting(m -> m.getString("login")).contains("pool-anne").doesNotContain("pool-yves");
        assertThat(bzh).allMatch(m -> m.getString("region").equals(BZH));
        assertThat(ok(pilotNormandie.get("auditor-pool?region=" + NORMANDIE)).array().getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("login")).contains("pool-yves").doesNotContain("pool-anne");

        // withdrawal: dated, with its reason, kept; the default list shows active members only
        JsonObject withdrawn = ok(pilotNormandie.post("auditor-pool/" + yves + "/withdrawal", "application/json",
                "{\"reason\":\"Mutation hors région\"}")).object();
        assertThat(withdrawn.getBoolean("active")).isFalse();
        assertThat(withdrawn.getString("withdrawnOn")).isEqualTo(TODAY.toString());
        assertThat(withdrawn.getString("withdrawnReason")).isEqualTo("Mutation hors région");
        refused(dmat.post("auditor-pool/" + yves + "/withdrawal", "application/json", "{\"reason\":\"Encore\"}"),
                409, null);
        refused(dmat.post("auditor-pool/" + yves + "/withdrawal", "application/json", "{}"), 400, "reason");
        String yvesInNormandie = "auditor-pool?region=" + NORMANDIE + "&login=pool-yves";
        assertThat(ok(dmat.get(yvesInNormandie)).array()).isEmpty();
        assertThat(ok(dmat.get(yvesInNormandie + "&status=all")).array()).hasSize(1);
        assertThat(ok(dmat.get("auditor-pool?status=withdrawn&login=pool-yves")).array()).hasSize(1);
        // added again: a new membership, the old one kept
        created(dmat.post("auditor-pool", "application/json", member("pool-yves", NORMANDIE, TODAY.minusMonths(2))));
        assertThat(ok(dmat.get(yvesInNormandie + "&status=all")).array()).hasSize(2);
        assertThat(ok(dmat.get(yvesInNormandie)).array()).hasSize(1);

        assertThat(AuditTrails.nationalTrail("AuditorPoolMember"))
                .contains("pilot-bzh ADD AuditorPoolMember", "pilot-normandie WITHDRAW AuditorPoolMember");
    }

    @Test
    void anInternalAuditsAuditorIsMandatedByTheRegionFromItsPoolTrainedAndIndependent() {
        Api pilotNormandie = anonymous.as(Accounts.userWith(dmat, "pilot-normandie", "REGIONAL_PILOT", null,
                NORMANDIE));
        created(dmat.post("sites", "application/json", "{\"code\":\"14\",\"name\":\"Préfecture du Calvados\","
                + "\"type\":\"PREFECTURE\",\"region\":\"" + NORMANDIE + "\",\"hasCert\":false,\"engaged\":true,"
                + "\"modules\":[1,3,4,5,7]}"));
        LocalDate day = TODAY.plusDays(40);
        Accounts.userWith(dmat, "mandat-none", "AUDITOR", "35", null);
        Accounts.userWith(dmat, "mandat-normand", "AUDITOR", "35", null);
        Accounts.userWith(dmat, "mandat-late", "AUDITOR", "35", null);
        Accounts.userWith(dmat, "mandat-gone", "AUDITOR", "35", null);
        Accounts.userWith(dmat, "mandat-brest", "AGENT", "29-BREST", null);
        Accounts.userWith(dmat, "mandat-quimper", "AGENT", "29", null);
        Accounts.userWith(dmat, "mandat-ok", "AGENT", "35", null);
        created(dmat.post("auditor-pool", "application/json", member("mandat-normand", NORMANDIE, TODAY)));
        created(dmat.post("auditor-pool", "application/json", member("mandat-late", BZH, day.plusDays(1))));
        long gone = id(created(dmat.post("auditor-pool", "application/json", member("mandat-gone", BZH, TODAY))));
        ok(pilotBzh.post("auditor-pool/" + gone + "/withdrawal", "application/json", "{\"reason\":\"Départ\"}"));
        created(dmat.post("auditor-pool", "application/json", member("mandat-brest", BZH, TODAY)));
        created(dmat.post("auditor-pool", "application/json", member("mandat-quimper", BZH, TODAY)));
        long okMember = id(created(pilotBzh.post("auditor-pool", "application/json", member("mandat-ok", BZH, day))));

        // the référent requests the internal audit; he may no longer name its auditor
        refused(schedule(referentBrest, "29-BREST", "{\"type\":\"internal\",\"date\":\"" + day
                + "\",\"auditor\":\"mandat-ok\"}"), 403, null);
        Reply requested = schedule(referentBrest, "29-BREST", audit("internal", day));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long id = requested.array().getJsonObject(0).getJsonNumber("id").longValue();
        refused(referentBrest.put("audits/" + id + "/auditor", "{\"login\":\"mandat-ok\"}"), 403, null);

        // waiting for a mandate: the region's pilot sees it, another region's pilot does not
        assertThat(ids(pilotBzh.get("audits?unassigned=true"))).contains(id);
        assertThat(ids(pilotNormandie.get("audits?unassigned=true"))).doesNotContain(id);
        refused(pilotNormandie.put("audits/" + id + "/auditor", "{\"login\":\"mandat-normand\"}"), 404, null);
        refused(dmat.get("audits?unassigned=maybe"), 400, "unassigned");

        // refusals name the rule and why; nothing is written
        refused(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-none\"}"), 422,
                "AUDITOR_NOT_IN_REGIONAL_POOL");
        assertThat(refused(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-normand\"}"), 422,
                "AUDITOR_NOT_IN_REGIONAL_POOL").body()).contains(NORMANDIE);
        assertThat(refused(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-late\"}"), 422,
                "AUDITOR_NOT_TRAINED").body()).contains(day.plusDays(1).toString());
        refused(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-gone\"}"), 422,
                "AUDITOR_WITHDRAWN_FROM_POOL");
        refused(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-brest\"}"), 422,
                "AUDITOR_NOT_INDEPENDENT");
        // staff of the sous-préfecture's parent préfecture are not independent either (same préfet)
        assertThat(refused(dmat.put("audits/" + id + "/auditor", "{\"login\":\"mandat-quimper\"}"), 422,
                "AUDITOR_NOT_INDEPENDENT").body()).contains("AGENT 29");
        assertThat(auditorOf(id)).isNull();
        assertThat(ok(dmat.get("users/mandat-brest")).body()).doesNotContain("AUDITOR");

        // a good member: mandated by the pilot, the AUDITOR grant opens as before
        JsonObject assigned = ok(pilotBzh.put("audits/" + id + "/auditor", "{\"login\":\"mandat-ok\"}")).object();
        assertThat(assigned.getString("auditor")).isEqualTo("mandat-ok");
        assertThat(assigned.getString("auditorAccessFrom")).startsWith(day.minusDays(14).toString());
        assertThat(ok(dmat.get("users/mandat-ok")).body()).contains("\"role\":\"AUDITOR\"", "\"site\":\"29-BREST\"");
        assertThat(ids(pilotBzh.get("audits?unassigned=true"))).doesNotContain(id);
        // moving the audit before the auditor's training is refused (the rule holds on the audit day)
        refused(referentBrest.put("audits/" + id + "/date", "{\"date\":\"" + day.minusDays(1) + "\"}"), 422,
                "AUDITOR_NOT_TRAINED");

        // the DMAT scheduling with a named internal auditor: checked too, nothing created on refusal
        LocalDate other = TODAY.plusDays(50);
        refused(schedule(dmat, "29-BREST", "{\"type\":\"internal\",\"date\":\"" + other
                + "\",\"auditor\":\"mandat-none\"}"), 422, "AUDITOR_NOT_IN_REGIONAL_POOL");
        assertThat(ok(dmat.get("sites/29-BREST/audits")).array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("date").equals(other.toString()));

        // a self-assessment takes no auditor
        long self = schedule(referentBrest, "29-BREST", audit("self-assessment", TODAY.plusDays(45))).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        refused(dmat.put("audits/" + self + "/auditor", "{\"login\":\"mandat-ok\"}"), 422,
                "SELF_ASSESSMENT_TAKES_NO_AUDITOR");
        assertThat(ids(dmat.get("audits?unassigned=true"))).doesNotContain(self);

        // an external audit keeps any auditor (the certification body's), named by the DMAT only; its internal
        // audit, requested with it, waits for the region's mandate
        LocalDate external = TODAY.plusMonths(8);
        Reply both = schedule(dmat, "14", "{\"type\":\"external-initial\",\"date\":\"" + external
                + "\",\"auditor\":\"mandat-none\",\"withInternal\":\"" + external.minusMonths(2) + "\"}");
        assertThat(both.status()).as(both.toString()).isEqualTo(201);
        long ext = both.array().getJsonObject(0).getJsonNumber("id").longValue();
        long internal = both.array().getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(auditorOf(ext)).isEqualTo("mandat-none");
        refused(pilotNormandie.put("audits/" + ext + "/auditor", "{\"login\":\"mandat-normand\"}"), 403, null);
        assertThat(ids(pilotNormandie.get("audits?unassigned=true"))).contains(internal).doesNotContain(ext);
        assertThat(ok(pilotNormandie.put("audits/" + internal + "/auditor", "{\"login\":\"mandat-normand\"}"))
                .object().getString("auditor")).isEqualTo("mandat-normand");

        // withdrawing a mandated member keeps the mandate but says which audits to re-assign; the audit can no
        // longer be moved with that auditor
        JsonObject withdrawn = ok(pilotBzh.post("auditor-pool/" + okMember + "/withdrawal", "application/json",
                "{\"reason\":\"Mutation\"}")).object();
        assertThat(withdrawn.getJsonArray("stillMandated").toString()).isEqualTo("[" + id + "]");
        refused(referentBrest.put("audits/" + id + "/date", "{\"date\":\"" + day.plusDays(1) + "\"}"), 422,
                "AUDITOR_WITHDRAWN_FROM_POOL");
    }

    /** The first day on which an external audit is too late for a preparatory audit on {@code preparatory}. */
    static LocalDate firstExternalDayBeyond(LocalDate preparatory) {
        LocalDate external = preparatory.plusMonths(2);
        while (!external.minusMonths(2).minusDays(30).isAfter(preparatory)) {
            external = external.plusDays(1);
        }
        return external;
    }
}
