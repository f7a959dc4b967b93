package fr.interieur.qualepref.sites.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.AuditTrails;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sites through HTTP with real users and tokens: provisioning by the DMAT under the rules of II.2, visibility by role,
 * exclusions of a sous-préfecture, and the cross-tenant attack suite over every site-scoped route of the OpenAPI
 * document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SitesIT {

    static final String PACA = "Provence-Alpes-Côte d'Azur";
    static final String ARA = "Auvergne-Rhône-Alpes";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    static Api anonymous;
    static Api dmat;
    static Api agent13;
    static Api referentAix;
    static Api referentVlf;
    static Api pilotPaca;
    static Api sharedAgent;

    @BeforeEach
    void world() {
        if (dmat != null) {
            return;
        }
        anonymous = new Api(base);
        dmat = anonymous.as(Accounts.adminToken(anonymous));
        created(dmat.post("sites", "application/json", site("13", "Préfecture des Bouches-du-Rhône", "PREFECTURE", PACA,
                null, true, "[1,2,4]")));
        created(dmat.post("sites", "application/json", site("13-AIX", "Sous-préfecture d'Aix-en-Provence",
                "SOUS_PREFECTURE", PACA, "13", false, "[1,4]")));
        created(dmat.post("sites", "application/json", site("69", "Préfecture du Rhône", "PREFECTURE", ARA, null, true,
                "[1,2]")));
        created(dmat.post("sites", "application/json", site("69-VLF", "Sous-préfecture de Villefranche-sur-Saône",
                "SOUS_PREFECTURE", ARA, "69", false, "[1,4]")));
        agent13 = anonymous.as(Accounts.userWith(dmat, "agent13", "AGENT", "13", null));
        referentAix = anonymous.as(Accounts.userWith(dmat, "referent-aix", "QUALITY_REFERENT", "13-AIX", null));
        referentVlf = anonymous.as(Accounts.userWith(dmat, "referent-vlf", "QUALITY_REFERENT", "69-VLF", null));
        pilotPaca = anonymous.as(Accounts.userWith(dmat, "pilot-paca", "REGIONAL_PILOT", null, PACA));
        Accounts.userWith(dmat, "shared-agent", "AGENT", "13", null);
        sharedAgent = anonymous.as(Accounts.userWith(dmat, "shared-agent", "AGENT", "13-AIX", null));
        ok(referentVlf.put("sites/69-VLF/exclusions/36", "{\"justification\":\"Pas de mission collectivités ici\"}"));
    }

    static String site(String code, String name, String type, String region, String parent, boolean cert,
                       String modules) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"region\":\""
                + region + "\"," + (parent == null ? "" : "\"parent\":\"" + parent + "\",") + "\"hasCert\":" + cert
                + ",\"modules\":" + modules + ",\"contact\":{\"email\":\"accueil@" + code.toLowerCase()
                + ".gouv.fr\"}}";
    }

    static Reply created(Reply r) {
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        return r;
    }

    static Reply ok(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
    }

    static List<String> codes(Reply r) {
        return r.array().stream().map(JsonObject.class::cast).map(s -> s.getString("code")).toList();
    }

    @Test
    void theDmatProvisionsASite() {
        Reply r = dmat.post("sites", "application/json", site("2A", "Préfecture de Corse-du-Sud", "PREFECTURE",
                "Corse", null, false, "[1,3,7]"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject site = r.object();
        assertThat(site.getString("departmentCode")).isEqualTo("2A");
        assertThat(site.getString("referentialVersion")).isEqualTo("2019");
        assertThat(site.getJsonArray("modules").toString()).isEqualTo("[1,3,7]");
        assertThat(site.getJsonObject("contact").getString("email")).isEqualTo("accueil@2a.gouv.fr");
        assertThat(ok(dmat.get("sites/2A")).object().getString("name")).isEqualTo("Préfecture de Corse-du-Sud");
        problem(dmat.post("sites", "application/json", site("2A", "Encore", "PREFECTURE", "Corse", null, false,
                "[1,3]")), 409);
        assertThat(auditTrail("2A")).containsExactly("dmat-admin CREATE Site");
    }

    @Test
    void refusesASelectionThatBreaksII2AndCreatesNothing() {
        Reply r = dmat.post("sites", "application/json", site("84", "Préfecture de Vaucluse", "PREFECTURE", PACA, null,
                true, "[1,3]"));
        problem(r, 422);
        JsonObject violation = r.object().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("rule")).isEqualTo("CERT_REQUIRES_MODULE_2");
        assertThat(violation.getString("reference")).isEqualTo("II.2");
        assertThat(violation.getString("en")).isEqualTo("a site with a CERT must take module 2");
        assertThat(violation.getString("fr")).isEqualTo("un site doté d'un CERT doit retenir le module 2");
        problem(dmat.get("sites/84"), 404);
    }

    @Test
    void changingTheCertFlagRechecksTheModules() {
        String before = ok(dmat.get("sites/13")).body();
        Reply r = dmat.put("sites/13", "{\"name\":\"Préfecture des Bouches-du-Rhône\",\"region\":\"" + PACA
                + "\",\"hasCert\":false,\"engaged\":true,\"modules\":[1,2,4]}");
        problem(r, 422);
        assertThat(r.object().getJsonArray("violations").getJsonObject(0).getString("rule"))
                .isEqualTo("MODULE_2_REQUIRES_CERT");
        assertThat(ok(dmat.get("sites/13")).body()).isEqualTo(before);
        assertThat(auditTrail("13")).as("a refused change leaves no trace but the creation")
                .containsExactly("dmat-admin CREATE Site");
    }

    @Test
    void replacesTheModulesUnderTheSameRules() {
        problem(dmat.put("sites/69/modules", "{\"modules\":[1]}"), 422);
        assertThat(ok(dmat.put("sites/69/modules", "{\"modules\":[1,2,3]}")).object().getJsonArray("modules")
                .toString()).isEqualTo("[1,2,3]");
        ok(dmat.put("sites/69/modules", "{\"modules\":[1,2]}"));
    }

    @Test
    void aSousPrefectureNeedsItsOwnDepartmentsPrefecture() {
        problem(dmat.post("sites", "application/json", site("13-ARL", "Sous-préfecture d'Arles", "SOUS_PREFECTURE",
                PACA, null, false, "[1,4]")), 400);
        problem(dmat.post("sites", "application/json", site("13-ARL", "Sous-préfecture d'Arles", "SOUS_PREFECTURE",
                PACA, "69", false, "[1,4]")), 400);
    }

    @Test
    void badInputIsAProblemListingTheFields() {
        Reply r = dmat.post("sites", "application/json", "{\"code\":\"20\",\"name\":\"\",\"type\":\"PREFECTURE\","
                + "\"region\":\"X\",\"hasCert\":true,\"modules\":[1,2],\"contact\":{\"email\":\"pas-un-mail\"}}");
        problem(r, 400);
        assertThat(r.object().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field")).toList()).contains("code", "name", "region", "contact.email");
        problem(dmat.get("sites?cert=maybe"), 400);
        problem(dmat.get("sites?type=MAIRIE"), 400);
    }

    @Test
    void listsWithFilters() {
        assertThat(codes(ok(dmat.get("sites?type=SOUS_PREFECTURE")))).contains("13-AIX", "69-VLF")
                .doesNotContain("13", "69");
        assertThat(codes(ok(dmat.get("sites?region=" + java.net.URLEncoder.encode(ARA,
                java.nio.charset.StandardCharsets.UTF_8))))).containsExactly("69", "69-VLF");
        assertThat(codes(ok(dmat.get("sites?cert=true&module=2")))).contains("13", "69").doesNotContain("13-AIX");
        assertThat(codes(ok(dmat.get("sites?module=4")))).contains("13", "13-AIX", "69-VLF").doesNotContain("69");
    }

    @Test
    void eachCallerSeesOnlyTheSitesItWorksFor() {
        assertThat(codes(ok(agent13.get("sites")))).containsExactly("13");
        assertThat(codes(ok(sharedAgent.get("sites")))).containsExactly("13", "13-AIX");
        assertThat(codes(ok(pilotPaca.get("sites")))).contains("13", "13-AIX").doesNotContain("69", "69-VLF");
        ok(agent13.get("sites/13"));
        problem(agent13.get("sites/69"), 404);
        problem(pilotPaca.get("sites/69"), 404);
        problem(pilotPaca.get("sites/69-VLF/exclusions"), 404);
        ok(pilotPaca.get("sites/13-AIX/exclusions"));
        assertThat(auditTrail("13-AIX", "CommitmentExclusion")).as("a regional read of a site's records is audited")
                .contains("pilot-paca READ CommitmentExclusion");
    }

    @Test
    void anAgentCannotUseTheDmatRoutes() {
        problem(agent13.post("sites", "application/json", site("04", "Préfecture des Alpes-de-Haute-Provence",
                "PREFECTURE", PACA, null, false, "[1,3]")), 403);
        problem(agent13.put("sites/13/modules", "{\"modules\":[1,2]}"), 403);
        problem(agent13.send(HttpRequest.newBuilder(agent13.api("sites/13/deactivation"))
                .POST(HttpRequest.BodyPublishers.noBody())), 403);
        problem(anonymous.get("sites"), 401);
    }

    @Test
    void aSousPrefectureMarksACommitmentNotApplicableWithItsReason() {
        problem(referentAix.put("sites/13-AIX/exclusions/37", "{\"justification\":\"\"}"), 400);
        Reply outside = referentAix.put("sites/13-AIX/exclusions/38", "{\"justification\":\"Pas de polices "
                + "administratives\"}");
        problem(outside, 422);
        assertThat(outside.object().getJsonArray("violations").getJsonObject(0).getString("rule"))
                .isEqualTo("EXCLUSION_OUTSIDE_MODULES");
        JsonObject e = ok(referentAix.put("sites/13-AIX/exclusions/37", "{\"justification\":\"Les rendez-vous des "
                + "élus sont pris à la préfecture\"}")).object();
        assertThat(e.getInt("commitment")).isEqualTo(37);
        assertThat(e.getString("decidedBy")).isEqualTo("referent-aix");
        assertThat(ok(sharedAgent.get("sites/13-AIX/exclusions")).array()).hasSize(1);
        problem(sharedAgent.put("sites/13-AIX/exclusions/36", "{\"justification\":\"Un agent ne décide pas\"}"), 403);
        problem(dmat.put("sites/13/exclusions/36", "{\"justification\":\"Une préfecture applique tout\"}"), 422);
        assertThat(referentAix.delete("sites/13-AIX/exclusions/37").status()).isEqualTo(204);
        assertThat(ok(referentAix.get("sites/13-AIX/exclusions")).array()).isEmpty();
    }

    @Test
    void deactivationKeepsTheSite() {
        created(dmat.post("sites", "application/json", site("05", "Préfecture des Hautes-Alpes", "PREFECTURE", PACA,
                null, false, "[1,4]")));
        JsonObject s = ok(dmat.send(HttpRequest.newBuilder(dmat.api("sites/05/deactivation"))
                .POST(HttpRequest.BodyPublishers.noBody()))).object();
        assertThat(s.getBoolean("active")).isFalse();
        assertThat(codes(ok(dmat.get("sites?active=false")))).contains("05");
        assertThat(ok(dmat.get("sites/05")).object().getString("name")).isEqualTo("Préfecture des Hautes-Alpes");
    }

    /** Sample bodies of the governance routes (issue 6), shared by several routes. */
    static final String GOVERNANCE_PLAN = "{\"title\":\"Plan pris\",\"source\":\"STAFF_FEEDBACK\"}";
    static final String GOVERNANCE_ACTION = "{\"title\":\"Action prise\",\"owner\":\"Pris\","
            + "\"dueOn\":\"2024-01-02\"}";
    static final String GOVERNANCE_MEMBER = "{\"name\":\"Pris\",\"category\":\"SITE\",\"organisation\":\"Pris\","
            + "\"memberFrom\":\"2024-01-02\"}";
    static final String GOVERNANCE_MEETING = "{\"heldOn\":\"2024-01-02\",\"attendees\":[1],\"topics\":[]}";
    static final String GOVERNANCE_REVIEW = "{\"heldOn\":\"2024-01-02\",\"attendance\":[],\"inputs\":[]}";

    /** A multipart body (boundary "qp") for upload routes; {@link #request} sends it as multipart/form-data. */
    static final String MULTIPART_SAMPLE = "--qp\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nTentative\r\n--qp--\r\n";

    /** A plausible body per route with one; a new route with a body must add its sample here to be attacked. */
    static final Map<String, String> SAMPLE_BODIES = Map.ofEntries(
            Map.entry("PUT /sites/{code}", "{\"name\":\"Pris\",\"region\":\"" + ARA
                    + "\",\"hasCert\":false,\"engaged\":false,\"modules\":[]}"),
            Map.entry("PUT /sites/{code}/modules", "{\"modules\":[1,3]}"),
            Map.entry("POST /sites/{code}/audits", "{\"type\":\"self-assessment\",\"date\":\"2099-01-05\"}"),
            Map.entry("PUT /sites/{code}/exclusions/{commitment}",
                    "{\"justification\":\"Tentative depuis un autre site\"}"),
            Map.entry("POST /sites/{code}/action-plans", GOVERNANCE_PLAN),
            Map.entry("PUT /sites/{code}/action-plans/{plan}", GOVERNANCE_PLAN),
            Map.entry("POST /sites/{code}/action-plans/{plan}/actions", GOVERNANCE_ACTION),
            Map.entry("PUT /sites/{code}/action-plans/{plan}/actions/{action}", GOVERNANCE_ACTION),
            Map.entry("POST /sites/{code}/action-plans/{plan}/actions/{action}/closure",
                    "{\"evidenceDocumentId\":1,\"completedOn\":\"2024-01-02\"}"),
            Map.entry("POST /sites/{code}/users-committees", "{\"name\":\"Comité pris\"}"),
            Map.entry("POST /sites/{code}/users-committees/{committee}/members", GOVERNANCE_MEMBER),
            Map.entry("PUT /sites/{code}/users-committees/{committee}/members/{member}", GOVERNANCE_MEMBER),
            Map.entry("POST /sites/{code}/users-committees/{committee}/meetings", GOVERNANCE_MEETING),
            Map.entry("PUT /sites/{code}/users-committees/{committee}/meetings/{meeting}", GOVERNANCE_MEETING),
            Map.entry("PUT /sites/{code}/cofil", "{\"installedBy\":\"PREFET\",\"installedOn\":\"2024-01-02\","
                    + "\"composition\":\"Pris\"}"),
            Map.entry("POST /sites/{code}/cofil/meetings", "{\"heldOn\":\"2024-01-02\",\"agenda\":\"Pris\"}"),
            Map.entry("POST /sites/{code}/annual-reviews", GOVERNANCE_REVIEW),
            Map.entry("PUT /sites/{code}/annual-reviews/{review}", GOVERNANCE_REVIEW),
            Map.entry("POST /sites/{code}/agents", "{\"name\":\"Agent pris\"}"),
            Map.entry("POST /sites/{code}/agents/{agent}/posts",
                    "{\"category\":\"RECEPTION\",\"startedOn\":\"2024-01-02\"}"),
            Map.entry("PUT /sites/{code}/agents/{agent}/posts/{post}/end", "{\"endedOn\":\"2024-01-02\"}"),
            Map.entry("POST /sites/{code}/agents/{agent}/trainings", "{\"category\":\"RECEPTION\","
                    + "\"kind\":\"INITIAL\",\"completedOn\":\"2024-01-02\",\"title\":\"Pris\","
                    + "\"evidence\":\"ATTESTATION\",\"evidenceDocumentId\":1}"),
            Map.entry("POST /sites/{code}/documents", "{\"kind\":\"RECORD\",\"title\":\"Intrus\","
                    + "\"note\":\"Tentative depuis un autre site\"}"),
            Map.entry("POST /sites/{code}/documents/{id}/versions", MULTIPART_SAMPLE),
            Map.entry("POST /sites/{code}/documents/{id}/withdrawal", "{\"reason\":\"Intrus\"}"),
            Map.entry("PUT /sites/{code}/calendar/closures/{date}", "{\"reason\":\"Tentative\"}"),
            Map.entry("POST /sites/{code}/registers/correspondence",
                    "{\"reference\":\"X\",\"channel\":\"LETTER\",\"kind\":\"COMPLAINT\",\"receivedOn\":\"2020-01-02\"}"),
            Map.entry("PUT /sites/{code}/registers/correspondence/{id}",
                    "{\"reference\":\"X\",\"channel\":\"LETTER\",\"kind\":\"COMPLAINT\",\"receivedOn\":\"2020-01-02\"}"),
            Map.entry("POST /sites/{code}/registers/updates",
                    "{\"reference\":\"X\",\"medium\":\"WEBSITE\",\"subject\":\"X\",\"requestedOn\":\"2020-01-02\"}"),
            Map.entry("PUT /sites/{code}/registers/updates/{id}",
                    "{\"reference\":\"X\",\"medium\":\"WEBSITE\",\"subject\":\"X\",\"requestedOn\":\"2020-01-02\"}"),
            Map.entry("POST /sites/{code}/registers/updates/import",
                    "reference,medium,subject,requestedOn\nX,WEBSITE,X,2020-01-02\n"),
            Map.entry("POST /sites/{code}/registers/crises",
                    "{\"reference\":\"X\",\"event\":\"X\",\"codActivatedAt\":\"2021-03-13T10:00:00+04:00\"}"),
            Map.entry("PUT /sites/{code}/registers/crises/{id}",
                    "{\"reference\":\"X\",\"event\":\"X\",\"codActivatedAt\":\"2021-03-13T10:00:00+04:00\"}"),
            Map.entry("POST /sites/{code}/registers/crises/import",
                    "reference,event,codActivatedAt\nX,X,2021-03-13T10:00:00+04:00\n"),
            Map.entry("POST /sites/{code}/registers/appointments",
                    "{\"reference\":\"X\",\"requester\":\"ELECTED_OFFICIAL\",\"requestedOn\":\"2022-03-07\"}"),
            Map.entry("PUT /sites/{code}/registers/appointments/{id}",
                    "{\"reference\":\"X\",\"requester\":\"ELECTED_OFFICIAL\",\"requestedOn\":\"2022-03-07\"}"),
            Map.entry("POST /sites/{code}/registers/appointments/import",
                    "reference,requester,requestedOn\nX,ELECTED_OFFICIAL,2022-03-07\n"),
            Map.entry("POST /sites/{code}/registers/administrative-files", "{\"reference\":\"X\","
                    + "\"procedure\":\"Armes\",\"channel\":\"PAPER\",\"receivedOn\":\"2022-03-07\",\"incomplete\":false}"),
            Map.entry("PUT /sites/{code}/registers/administrative-files/{id}", "{\"reference\":\"X\","
                    + "\"procedure\":\"Armes\",\"channel\":\"PAPER\",\"receivedOn\":\"2022-03-07\","
                    + "\"incomplete\":false}"),
            Map.entry("POST /sites/{code}/registers/administrative-files/import",
                    "reference,procedure,channel,receivedOn,incomplete\nX,Armes,PAPER,2022-03-07,false\n"),
            Map.entry("POST /sites/{code}/registers/imported-values", "{\"indicator\":\"I10.2\",\"period\":\"MONTH\","
                    + "\"periodStart\":\"2022-01-01\",\"value\":0.5}"),
            Map.entry("PUT /sites/{code}/registers/imported-values/{id}", "{\"indicator\":\"I10.2\","
                    + "\"period\":\"MONTH\",\"periodStart\":\"2022-01-01\",\"value\":0.5}"),
            Map.entry("POST /sites/{code}/registers/imported-values/import",
                    "indicator,period,periodStart,value\nI10.2,MONTH,2022-01-01,0.5\n"),
            Map.entry("POST /sites/{code}/registers/surveys", "{\"reference\":\"X\",\"survey\":\"SATISFACTION\","
                    + "\"indicator\":\"I2.1\",\"criterion\":\"courtoisie\",\"conductedOn\":\"2022-06-15\","
                    + "\"respondents\":10,\"satisfied\":5}"),
            Map.entry("PUT /sites/{code}/registers/surveys/{id}", "{\"reference\":\"X\",\"survey\":\"SATISFACTION\","
                    + "\"indicator\":\"I2.1\",\"criterion\":\"courtoisie\",\"conductedOn\":\"2022-06-15\","
                    + "\"respondents\":10,\"satisfied\":5}"),
            Map.entry("POST /sites/{code}/registers/surveys/import", "reference,survey,indicator,criterion,conductedOn,"
                    + "respondents,satisfied\nX,SATISFACTION,I2.1,courtoisie,2022-06-15,10,5\n"),
            // Not JSON: request(...) sends a body that does not start with '{' as text/csv.
            Map.entry("POST /sites/{code}/registers/correspondence/import",
                    "reference,channel,kind,receivedOn\nX,LETTER,COMPLAINT,2020-01-02\n"));

    /**
     * Every operation of the OpenAPI document whose path names a site, called by the référent qualité of 13-AIX on
     * 69-VLF: each is refused (404, or 403 where the route's role alone excludes the caller) and nothing of 69-VLF
     * changes. Anonymous calls get 401.
     */
    @Test
    void noSiteScopedRouteLetsOneSiteReachAnother() {
        String victimBefore = ok(dmat.get("sites/69-VLF")).body();
        String exclusionsBefore = ok(referentVlf.get("sites/69-VLF/exclusions")).body();
        JsonObject paths = anonymous.send(HttpRequest.newBuilder(anonymous.server("/openapi"))
                .header("Accept", "application/json")).object().getJsonObject("paths");
        List<String> attacked = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (!path.contains("{code}")) {
                continue;
            }
            String route = path.substring(path.indexOf("/sites"));
            for (String method : paths.getJsonObject(path).keySet()) {
                String verb = method.toUpperCase();
                String key = verb + " " + route;
                JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                String body = operation.containsKey("requestBody") ? SAMPLE_BODIES.get(key) : null;
                assertThat(!operation.containsKey("requestBody") || body != null)
                        .as("add a sample body for %s to SAMPLE_BODIES", key).isTrue();
                // Other path parameters (ids of the victim's records) get a plausible value; the site is what is attacked.
                String target = route.substring(1).replace("{code}", "69-VLF").replace("{commitment}", "36")
                        .replaceAll("\\{[^}]+}", "1");
                Reply attack = referentAix.send(request(referentAix, verb, target, body));
                assertThat(attack.status()).as("%s as the référent of 13-AIX: %s", key, attack).isIn(403, 404);
                assertThat(attack.contentType()).startsWith("application/problem+json");
                assertThat(attack.body()).doesNotContain("Villefranche", "Pas de mission collectivités");
                Reply stranger = anonymous.send(request(anonymous, verb, target, body));
                assertThat(stranger.status()).as("%s anonymous: %s", key, stranger).isEqualTo(401);
                attacked.add(key);
            }
        }
        assertThat(attacked).contains("GET /sites/{code}", "PUT /sites/{code}/exclusions/{commitment}",
                "DELETE /sites/{code}/exclusions/{commitment}", "GET /sites/{code}/exclusions");
        assertThat(ok(dmat.get("sites/69-VLF")).body()).isEqualTo(victimBefore);
        assertThat(ok(referentVlf.get("sites/69-VLF/exclusions")).body()).isEqualTo(exclusionsBefore);
    }

    /**
     * The audit trail of a site, read in the database as the owner role with the site bound (row-level security is
     * forced for the owner too): "actor ACTION Entity" per event, oldest first.
     */
    static List<String> auditTrail(String code) {
        return auditTrail(code, "Site");
    }

    static List<String> auditTrail(String code, String entity) {
        return AuditTrails.auditTrail(code, entity);
    }

    static HttpRequest.Builder request(Api api, String verb, String apiPath, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.api(apiPath)).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", body.startsWith("--qp") ? "multipart/form-data; boundary=qp"
                    : body.startsWith("{") ? "application/json" : "text/csv");
        }
        return b.method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }
}
