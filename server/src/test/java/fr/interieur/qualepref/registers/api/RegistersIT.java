package fr.interieur.qualepref.registers.api;

import static fr.interieur.qualepref.testing.AuditTrails.auditTrail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.interieur.qualepref.localrunner.LocalDatabase;
import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working-day calendar, the correspondence register and the indicators through HTTP, on two sites with local
 * holidays of their own: Moselle (57: Good Friday, 26 December) and Martinique (972: 22 May).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistersIT {

    static final String CSV_HEADER = "reference,channel,kind,receivedOn,missingRequestedOn,missingReceivedOn,"
            + "acknowledgedOn,redirectedOn,redirectedTo,holdingReplyOn,repliedOn,replyChannel,announcedDelayDays\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    static Api anonymous;
    static Api dmat;
    static Api referent57;
    static Api agent972;
    static Api pilotGrandEst;
    static Api referent974;
    static Api referent21;

    @BeforeEach
    void world() {
        if (dmat != null) {
            return;
        }
        anonymous = new Api(base);
        dmat = anonymous.as(Accounts.adminToken(anonymous));
        created(dmat.post("sites", "application/json", site("57", "Préfecture de la Moselle", "Grand Est")));
        created(dmat.post("sites", "application/json", site("972", "Préfecture de la Martinique", "Martinique")));
        referent57 = anonymous.as(Accounts.userWith(dmat, "referent-57", "QUALITY_REFERENT", "57", null));
        agent972 = anonymous.as(Accounts.userWith(dmat, "agent-972", "AGENT", "972", null));
        pilotGrandEst = anonymous.as(Accounts.userWith(dmat, "pilot-grand-est", "REGIONAL_PILOT", null,
                "Grand Est"));
        created(dmat.post("sites", "application/json", "{\"code\":\"974\",\"name\":\"Préfecture de La Réunion\","
                + "\"type\":\"PREFECTURE\",\"region\":\"La Réunion\",\"hasCert\":false,\"modules\":[1,3,7]}"));
        referent974 = anonymous.as(Accounts.userWith(dmat, "referent-974", "QUALITY_REFERENT", "974", null));
        created(dmat.post("sites", "application/json", "{\"code\":\"21\",\"name\":\"Préfecture de la Côte-d'Or\","
                + "\"type\":\"PREFECTURE\",\"region\":\"Bourgogne-Franche-Comté\",\"hasCert\":false,"
                + "\"modules\":[1,5]}"));
        referent21 = anonymous.as(Accounts.userWith(dmat, "referent-21", "QUALITY_REFERENT", "21", null));
    }

    static String site(String code, String name, String region) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"PREFECTURE\",\"region\":\"" + region
                + "\",\"hasCert\":false,\"modules\":[1,4]}";
    }

    static Reply created(Reply r) {
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        return r;
    }

    static Reply status(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r;
    }

    static Reply problem(Reply r, int status) {
        status(r, status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        return r;
    }

    static String entry(String reference, String channel, String kind, String receivedOn, String extra) {
        return "{\"reference\":\"" + reference + "\",\"channel\":\"" + channel + "\",\"kind\":\"" + kind
                + "\",\"receivedOn\":\"" + receivedOn + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static long total(Api api, String code) {
        return status(api.get("sites/" + code + "/registers/correspondence"), 200).object().getJsonNumber("total")
                .longValue();
    }

    // ---- calendar ----------------------------------------------------------------------------------------------

    @Test
    void mosellesCalendarHasGoodFridayAndEasterMonday() {
        JsonObject c = status(referent57.get("sites/57/calendar?from=2020-04-09&to=2020-04-14"), 200).object();
        assertThat(c.getString("department")).isEqualTo("57");
        assertThat(c.getInt("workingDays")).isEqualTo(2);
        List<String> off = c.getJsonArray("nonWorkingDays").stream().map(JsonObject.class::cast)
                .map(d -> d.getString("date") + " " + d.getString("reason")).toList();
        assertThat(off).containsExactly("2020-04-10 PUBLIC_HOLIDAY", "2020-04-11 WEEKEND", "2020-04-12 WEEKEND",
                "2020-04-13 PUBLIC_HOLIDAY");
        assertThat(status(referent57.get("sites/57/calendar/deadline?start=2020-04-09&workingDays=1"), 200).object()
                .getString("deadline")).isEqualTo("2020-04-14");
        assertThat(status(agent972.get("sites/972/calendar/deadline?start=2020-05-20&workingDays=1"), 200).object()
                .getString("deadline")).as("Ascension, then 22 May in Martinique").isEqualTo("2020-05-25");
        problem(referent57.get("sites/57/calendar?from=2017-12-01&to=2018-01-31"), 400);
        problem(referent57.get("sites/57/calendar?from=2020-01-01"), 400);
        problem(referent57.get("sites/57/calendar/deadline?start=2020-01-01&workingDays=-1"), 400);
        problem(referent57.get("sites/57/calendar/deadline?start=2100-12-30&workingDays=5"), 400);
    }

    @Test
    void aDeclaredClosureMovesTheSitesDeadlines() {
        String deadline = "sites/57/calendar/deadline?start=2021-02-26&workingDays=1";
        assertThat(status(referent57.get(deadline), 200).object().getString("deadline")).isEqualTo("2021-03-01");
        JsonObject closure = status(referent57.put("sites/57/calendar/closures/2021-03-01",
                "{\"reason\":\"Déménagement des services\"}"), 200).object();
        assertThat(closure.getString("declaredBy")).isEqualTo("referent-57");
        assertThat(status(referent57.get(deadline), 200).object().getString("deadline")).isEqualTo("2021-03-02");
        assertThat(status(referent57.get("sites/57/calendar/closures?from=2021-01-01&to=2021-12-31"), 200).array())
                .hasSize(1);
        problem(referent57.put("sites/57/calendar/closures/2021-03-07", "{\"reason\":\"Un dimanche\"}"), 400);
        problem(referent57.put("sites/57/calendar/closures/2021-03-08", "{\"reason\":\"\"}"), 400);
        problem(agent972.put("sites/972/calendar/closures/2021-03-01", "{\"reason\":\"Un agent ne décide pas\"}"),
                403);
        assertThat(agent972.get("sites/972/calendar/deadline?start=2021-02-26&workingDays=1").object()
                .getString("deadline")).as("57's closure is not 972's").isEqualTo("2021-03-01");
        status(referent57.delete("sites/57/calendar/closures/2021-03-01"), 204);
        problem(referent57.delete("sites/57/calendar/closures/2021-03-01"), 404);
        assertThat(status(referent57.get(deadline), 200).object().getString("deadline")).isEqualTo("2021-03-01");
        assertThat(auditTrail("57", "ClosureDay")).containsExactly("referent-57 CREATE ClosureDay",
                "referent-57 DELETE ClosureDay");
    }

    // ---- correspondence register ---------------------------------------------------------------------------------

    @Test
    void recordsCorrectsAndRemovesARequest() {
        Reply r = status(referent57.post("sites/57/registers/correspondence", "application/json",
                entry("57-CRUD-1", "EMAIL", "INFORMATION_REQUEST", "2020-03-02",
                        "\"acknowledgedOn\":\"2020-03-02\",\"missingRequestedOn\":\"2020-03-03\","
                                + "\"missingReceivedOn\":\"2020-03-10\"")), 201);
        JsonObject e = r.object();
        long id = e.getJsonNumber("id").longValue();
        assertThat(e.getString("clockStart")).as("17.2: the clock restarts when the request is complete")
                .isEqualTo("2020-03-10");
        assertThat(e.getString("recordedBy")).isEqualTo("referent-57");
        String path = "sites/57/registers/correspondence/" + id;
        JsonObject read = status(referent57.get(path), 200).object();
        assertThat(read.getString("reference")).isEqualTo("57-CRUD-1");
        int version = read.getInt("version");
        JsonObject replied = status(referent57.put(path, entry("57-CRUD-1", "EMAIL", "INFORMATION_REQUEST",
                "2020-03-02", "\"missingRequestedOn\":\"2020-03-03\",\"missingReceivedOn\":\"2020-03-10\","
                        + "\"repliedOn\":\"2020-03-17\",\"replyChannel\":\"EMAIL\",\"version\":" + version)), 200)
                .object();
        assertThat(replied.getString("repliedOn")).isEqualTo("2020-03-17");
        problem(referent57.put(path, entry("57-CRUD-1", "EMAIL", "INFORMATION_REQUEST", "2020-03-02",
                "\"version\":" + version)), 409);
        problem(referent57.post("sites/57/registers/correspondence", "application/json",
                entry("57-CRUD-1", "LETTER", "COMPLAINT", "2020-03-02", "")), 409);
        status(referent57.delete(path), 204);
        problem(referent57.get(path), 404);
        assertThat(auditTrail("57", "CorrespondenceEntry")).contains("referent-57 CREATE CorrespondenceEntry",
                "referent-57 UPDATE CorrespondenceEntry", "referent-57 DELETE CorrespondenceEntry");
    }

    @Test
    void refusesDatesOutOfOrderWithEveryFieldAtOnce() {
        long before = total(referent57, "57");
        Reply r = problem(referent57.post("sites/57/registers/correspondence", "application/json",
                entry("57-BAD-1", "LETTER", "COMPLAINT", "2020-03-10",
                        "\"repliedOn\":\"2020-03-09\",\"missingReceivedOn\":\"2020-03-12\","
                                + "\"redirectedOn\":\"2020-03-11\"")), 400);
        assertThat(r.object().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(x -> x.getString("field")).toList())
                .contains("repliedOn", "missingReceivedOn", "redirectedTo");
        problem(referent57.post("sites/57/registers/correspondence", "application/json",
                entry("57-BAD-2", "PIGEON", "COMPLAINT", "2020-03-10", "")), 400);
        problem(referent57.post("sites/57/registers/correspondence", "application/json", "{}"), 400);
        problem(referent57.get("sites/57/registers/correspondence?from=2020-13-01"), 400);
        problem(referent57.get("sites/57/registers/correspondence?limit=5000"), 400);
        problem(referent57.get("sites/57/registers/correspondence/abc"), 404);
        assertThat(total(referent57, "57")).isEqualTo(before);
    }

    @Test
    void readersOutsideTheSiteReadButDoNotWriteAndTheirReadsAreAudited() {
        status(pilotGrandEst.get("sites/57/registers/correspondence"), 200);
        problem(pilotGrandEst.post("sites/57/registers/correspondence", "application/json",
                entry("57-PILOT", "LETTER", "COMPLAINT", "2020-03-10", "")), 403);
        problem(dmat.post("sites/57/registers/correspondence", "application/json",
                entry("57-DMAT", "LETTER", "COMPLAINT", "2020-03-10", "")), 403);
        assertThat(auditTrail("57", "CorrespondenceEntry")).contains("pilot-grand-est READ CorrespondenceEntry");
        status(pilotGrandEst.get("sites/57/indicators?from=2020-01-01&to=2020-12-31"), 200);
        // The site's own staff read without trace; the national reads of other tests are also in the trail.
        assertThat(auditTrail("57", "Indicators")).contains("pilot-grand-est READ Indicators")
                .doesNotContain("referent-57 READ Indicators");
        problem(pilotGrandEst.get("sites/972/registers/correspondence"), 404);
    }

    @Test
    void oneSiteNeverReachesAnothersRegister() {
        long id = status(agent972.post("sites/972/registers/correspondence", "application/json",
                entry("972-SECRET-1", "LETTER", "COMPLAINT", "2018-02-05", "\"redirectedOn\":\"2018-02-06\","
                        + "\"redirectedTo\":\"Service confidentiel\"")), 201).object().getJsonNumber("id")
                .longValue();
        problem(referent57.get("sites/972/registers/correspondence"), 404);
        problem(referent57.get("sites/972/registers/correspondence/" + id), 404);
        problem(referent57.get("sites/972/indicators?from=2020-01-01&to=2020-12-31"), 404);
        problem(referent57.get("sites/972/calendar?from=2020-01-01&to=2020-01-31"), 404);
        Reply viaOwnSite = referent57.get("sites/57/registers/correspondence/" + id);
        problem(viaOwnSite, 404);
        assertThat(viaOwnSite.body()).doesNotContain("Service confidentiel");
        problem(referent57.put("sites/57/registers/correspondence/" + id, entry("972-SECRET-1", "LETTER",
                "COMPLAINT", "2018-02-05", "")), 404);
        problem(referent57.delete("sites/57/registers/correspondence/" + id), 404);
        problem(referent57.post("sites/972/registers/correspondence/import", "text/csv", CSV_HEADER
                + "X-1,LETTER,COMPLAINT,2020-01-02,,,,,,,,,\n"), 404);
        assertThat(status(referent57.get("sites/57/registers/correspondence?limit=1000"), 200).body())
                .doesNotContain("972-SECRET-1");
        assertThat(status(agent972.get("sites/972/registers/correspondence/" + id), 200).object()
                .getString("redirectedTo")).isEqualTo("Service confidentiel");
        problem(anonymous.get("sites/972/registers/correspondence"), 401);
    }

    @Test
    void importIsAllOrNothingWithEveryRejectedLine() {
        long before = total(referent57, "57");
        String bad = CSV_HEADER
                + "57-IMP-1,LETTER,COMPLAINT,2020-01-06,,,,,,,2020-01-10,LETTER,\n"
                + "57-IMP-2,FAX,COMPLAINT,2020-01-06,,,,,,,,,\n"
                + "57-IMP-3,EMAIL,SUGGESTION,2020-01-06,,,,,,,2020-01-03,,\n"
                + "57-IMP-1,EMAIL,SUGGESTION,2020-01-07,,,,,,,,,\n"
                + "57-IMP-5,EMAIL,SUGGESTION,06/01/2020,,,,,,,,,\n"
                + "57-IMP-6,EMAIL\n";
        Reply refused = problem(referent57.post("sites/57/registers/correspondence/import", "text/csv", bad), 422);
        List<String> rejected = refused.object().getJsonArray("rejected").stream().map(JsonObject.class::cast)
                .map(x -> x.getInt("line") + ":" + (x.containsKey("column") ? x.getString("column") : "-")).toList();
        assertThat(rejected).containsExactly("3:channel", "4:repliedOn", "5:reference", "6:receivedOn", "7:-");
        assertThat(refused.object().getBoolean("stored")).isFalse();
        assertThat(total(referent57, "57")).as("nothing stored").isEqualTo(before);

        String good = CSV_HEADER
                + "57-IMP-1,LETTER,COMPLAINT,2020-01-06,,,,,,,2020-01-10,LETTER,\n"
                + "\"57-IMP-2\",email,suggestion,2020-01-06,2020-01-07,2020-01-09,2020-01-06,,,,2020-01-14,EMAIL,\n";
        JsonObject dry = status(referent57.post("sites/57/registers/correspondence/import?dryRun=true", "text/csv",
                good), 200).object();
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("accepted")).isEqualTo(2);
        assertThat(dry.getBoolean("stored")).isFalse();
        assertThat(total(referent57, "57")).isEqualTo(before);

        JsonObject done = status(referent57.post("sites/57/registers/correspondence/import", "text/csv", good), 200)
                .object();
        assertThat(done.getBoolean("stored")).isTrue();
        assertThat(total(referent57, "57")).isEqualTo(before + 2);
        Reply again = problem(referent57.post("sites/57/registers/correspondence/import", "text/csv", good), 422);
        assertThat(again.object().getJsonArray("rejected").getJsonObject(0).getString("reason"))
                .isEqualTo("is already in the register");

        String semicolons = "reference;channel;kind;receivedOn\n57-IMP-SC;LETTER;SUGGESTION;2020-02-03\n";
        status(referent57.post("sites/57/registers/correspondence/import", "text/csv", semicolons), 200);
        problem(referent57.post("sites/57/registers/correspondence/import", "text/csv",
                "reference,channel,colour\nX,LETTER,blue\n"), 422);
        problem(referent57.post("sites/57/registers/correspondence/import?dryRun=perhaps", "text/csv", good), 400);
        assertThat(auditTrail("57", "CorrespondenceEntry")).contains("referent-57 IMPORT CorrespondenceEntry");
    }

    // ---- website and voice-server updates ------------------------------------------------------------------------

    @Test
    void websiteUpdatesAreMeasuredOnTheSitesOwnCalendar() {
        Reply created = status(referent57.post("sites/57/registers/updates", "application/json",
                "{\"reference\":\"57-UPD-CRUD\",\"medium\":\"WEBSITE\",\"subject\":\"Horaires d'été\","
                        + "\"requestedOn\":\"2021-06-01\"}"), 201);
        String path = "sites/57/registers/updates/" + created.object().getJsonNumber("id").longValue();
        JsonObject online = status(referent57.put(path, "{\"reference\":\"57-UPD-CRUD\",\"medium\":\"WEBSITE\","
                + "\"subject\":\"Horaires d'été\",\"requestedOn\":\"2021-06-01\",\"onlineOn\":\"2021-06-02\"}"),
                200).object();
        assertThat(online.getString("onlineOn")).isEqualTo("2021-06-02");
        problem(referent57.put(path, "{\"reference\":\"57-UPD-CRUD\",\"medium\":\"WEBSITE\",\"subject\":\"X\","
                + "\"requestedOn\":\"2021-06-01\",\"onlineOn\":\"2021-05-31\"}"), 400);
        problem(agent972.get(path.replace("sites/57", "sites/972")), 404);
        problem(agent972.get(path), 404);

        String header = "reference,medium,subject,requestedOn,onlineOn\n";
        Reply refused = problem(referent57.post("sites/57/registers/updates/import", "text/csv", header
                + "57-UPD-1,WEBSITE,Fermeture exceptionnelle,2020-04-09,2020-04-08\n"
                + "57-UPD-2,RADIO,Annonce,2020-04-09,\n"), 422);
        assertThat(refused.object().getJsonArray("rejected")).hasSize(2);
        status(referent57.post("sites/57/registers/updates/import", "text/csv", header
                // Thursday 9 April 2020: Good Friday and Easter Monday are off in Moselle; online on the third day.
                + "57-UPD-1,WEBSITE,Fermeture exceptionnelle,2020-04-09,2020-04-16\n"
                + "57-UPD-2,WEBSITE,Nouvelle démarche,2020-04-09,2020-04-17\n"
                + "57-UPD-3,VOICE_SERVER,Message d'accueil,2020-06-29,\n"), 200);
        Map<String, JsonObject> f = figures(status(referent57.get("sites/57/indicators?from=2020-01-01"
                + "&to=2020-12-31&asOf=2020-06-30"), 200).object());
        for (String website : List.of("I1.1 2020-01-01", "I11.2 2020-01-01")) {
            assertThat(f.get(website).getJsonNumber("numerator").longValue()).as(website).isEqualTo(1);
            assertThat(f.get(website).getJsonNumber("denominator").longValue()).as(website).isEqualTo(2);
            assertThat(f.get(website).getString("formula")).contains("3 working days");
        }
        assertThat(f.get("I1.2 2020-01-01").getJsonNumber("pending").longValue()).isEqualTo(1);
        assertThat(f.get("I8.2 2020-01-01").getJsonNumber("denominator").longValue()).isZero();
        assertThat(auditTrail("57", "UpdateEntry")).contains("referent-57 CREATE UpdateEntry",
                "referent-57 UPDATE UpdateEntry", "referent-57 IMPORT UpdateEntry");
    }

    // ---- crisis timelines ----------------------------------------------------------------------------------------

    static String crisis(String reference, String cod, String cell, String elus, String cip) {
        return "{\"reference\":\"" + reference + "\",\"event\":\"Cyclone\",\"codActivatedAt\":\"" + cod + "\""
                + (cell == null ? "" : ",\"communicationCellAt\":\"" + cell + "\"")
                + (elus == null ? "" : ",\"elusInformedAt\":\"" + elus + "\"")
                + (cip == null ? "" : ",\"cipActivatedAt\":\"" + cip + "\"") + "}";
    }

    @Test
    void crisisDelaysAreClockMinutesWhateverTheTimeZones() {
        String crises = "sites/974/registers/crises";
        // Time 0 at 10:00 in La Réunion (06:00 UTC): CIP after 59 minutes, written in UTC; élus after 30 minutes.
        status(referent974.post(crises, "application/json", crisis("974-CR-1", "2021-03-13T10:00:00+04:00",
                "2021-03-13T10:10:00+04:00", "2021-03-13T06:30:00Z", "2021-03-13T06:59:00Z")), 201);
        // CIP after 61 minutes, written in Paris time; élus after 90 minutes.
        status(referent974.post(crises, "application/json", crisis("974-CR-2", "2021-03-20T10:00:00+04:00", null,
                "2021-03-20T11:30:00+04:00", "2021-03-20T08:01:00+01:00")), 201);
        // 00:30 on 1 April in La Réunion is still 31 March in Paris: it belongs to April, the site's day.
        status(referent974.post(crises, "application/json", crisis("974-CR-3", "2021-04-01T00:30:00+04:00",
                "2021-04-01T00:45:00+04:00", null, null)), 201);
        problem(referent974.post(crises, "application/json", crisis("974-CR-4", "2021-04-02T10:00:00+04:00", null,
                null, "2021-04-02T05:00:00Z")), 400);
        Reply refused = problem(referent974.post(crises + "/import", "text/csv",
                "reference,event,codActivatedAt\n974-CR-5,Séisme,2021-05-01T10:00:00\n"), 422);
        assertThat(refused.object().getJsonArray("rejected").getJsonObject(0).getString("column"))
                .isEqualTo("codActivatedAt");
        assertThat(status(referent974.get(crises + "?from=2021-04-01&to=2021-04-30"), 200).object()
                .getJsonNumber("total").longValue()).as("the site's day of time 0").isEqualTo(1);

        Map<String, JsonObject> year = figures(status(referent974.get("sites/974/indicators?from=2021-01-01"
                + "&to=2021-12-31"), 200).object());
        assertThat(year.get("I47.1 2021-01-01").getJsonNumber("value").doubleValue()).isEqualTo(2.0);
        assertThat(year.get("I48.1 2021-01-01").getJsonNumber("value").doubleValue()).as("hours").isEqualTo(1.0);
        assertThat(year.get("I48.1 2021-01-01").getJsonNumber("numerator").longValue()).as("minutes").isEqualTo(120);
        JsonObject cip = year.get("I50.1 2021-01-01");
        assertThat(cip.getJsonNumber("numerator").longValue()).as("59 minutes is within one hour").isEqualTo(1);
        assertThat(cip.getJsonNumber("denominator").longValue()).as("61 minutes is not").isEqualTo(2);
        JsonObject exercises = year.get("I49.1 2021-01-01");
        assertThat(exercises.getBoolean("computed")).as("49: a count imported from outside").isTrue();
        assertThat(absent(exercises, "value")).as("none imported").isTrue();

        Map<String, JsonObject> months = figures(status(referent974.get("sites/974/indicators?from=2021-03-01"
                + "&to=2021-04-30&period=MONTH"), 200).object());
        assertThat(months.get("I47.1 2021-03-01").getJsonNumber("value").doubleValue()).isEqualTo(1.0);
        assertThat(months.get("I47.1 2021-04-01").getJsonNumber("value").doubleValue()).isEqualTo(1.0);
        problem(agent972.get(crises), 404);
        assertThat(auditTrail("974", "CrisisTimeline")).hasSize(3);
    }

    // ---- indicators ----------------------------------------------------------------------------------------------

    @Test
    void indicatorsFollowTheRuleInForceTheLocalHolidaysAndTheCompletenessRestart() {
        String csv = CSV_HEADER
                // 2019, I3.1: 15 working days, all channels.
                + "972-IND-C1,LETTER,COMPLAINT,2019-03-01,,,,,,,2019-03-22,LETTER,\n"
                + "972-IND-C2,EMAIL,COMPLAINT,2019-03-01,,,,,,,2019-03-25,EMAIL,\n"
                + "972-IND-C3,SUGGESTION_BOX,SUGGESTION,2019-12-20,,,,,,,,,\n"
                // 2020, I3.2 (electronic, 5): received on the eve of Ascension and of 22 May in Martinique.
                + "972-IND-C4,EMAIL,COMPLAINT,2020-05-20,,,,,,,2020-05-29,EMAIL,\n"
                + "972-IND-C5,WEB_FORM,COMPLAINT,2020-05-20,,,,,,2020-05-29,2020-07-01,EMAIL,\n"
                // 2020, I3.3 (letter, 10): still open and within its deadline on 2020-06-30.
                + "972-IND-C6,LETTER,COMPLAINT,2020-06-26,,,,,,,,,\n"
                // 2020, I17.1 (e-mail, 5): R1 completed on 10 March, the clock restarts (17.2); R2 late.
                + "972-IND-R1,EMAIL,INFORMATION_REQUEST,2020-03-02,2020-03-03,2020-03-10,2020-03-02,,,,2020-03-17,EMAIL,\n"
                + "972-IND-R2,EMAIL,INFORMATION_REQUEST,2020-03-02,,,2020-03-02,,,,2020-03-10,EMAIL,\n"
                // 2020, I36.1 (collectivités, letter, 15).
                + "972-IND-K1,LETTER,COLLECTIVITY_REQUEST,2020-01-06,,,,,,,2020-01-20,LETTER,\n";
        status(agent972.post("sites/972/registers/correspondence/import", "text/csv", csv), 200);

        JsonObject view = status(agent972.get("sites/972/indicators?from=2019-01-01&to=2020-12-31&period=YEAR"
                + "&asOf=2020-06-30"), 200).object();
        assertThat(view.getString("referentialVersion")).isEqualTo("2019");
        Map<String, JsonObject> f = figures(view);
        JsonObject i31 = f.get("I3.1 2019-01-01");
        assertThat(i31.getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(i31.getJsonNumber("denominator").longValue()).as("C2 late, C3 open past its deadline").isEqualTo(3);
        assertThat(i31.getJsonNumber("value").doubleValue()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(i31.getInt("deadline")).isEqualTo(15);
        assertThat(i31.getString("formula")).contains("15 working days");
        assertThat(f).as("I3.1 is the 2019 rule only").doesNotContainKey("I3.1 2020-01-01");
        assertThat(f).as("I3.2 is the rule from 2020").doesNotContainKey("I3.2 2019-01-01");

        JsonObject i32 = f.get("I3.2 2020-01-01");
        assertThat(i32.getJsonNumber("numerator").longValue()).as("22 May is off in Martinique; a holding reply "
                + "counts").isEqualTo(2);
        assertThat(i32.getJsonNumber("denominator").longValue()).isEqualTo(2);
        JsonObject i33 = f.get("I3.3 2020-01-01");
        assertThat(i33.getJsonNumber("pending").longValue()).isEqualTo(1);
        assertThat(i33.getJsonNumber("denominator").longValue()).isZero();
        assertThat(absent(i33, "value")).as("an open request within its deadline is not counted as met").isTrue();

        JsonObject i171 = f.get("I17.1 2020-01-01");
        assertThat(i171.getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(i171.getJsonNumber("denominator").longValue()).isEqualTo(2);
        assertThat(f.get("I17.3 2020-01-01").getJsonNumber("value").doubleValue()).isEqualTo(5.5);
        assertThat(absent(f.get("I17.2 2020-01-01"), "value")).as("no letter").isTrue();
        assertThat(f.get("I36.1 2020-01-01").getJsonNumber("value").doubleValue()).isEqualTo(1.0);
        assertThat(f.get("I3.5 2019-01-01").getJsonNumber("value").doubleValue()).isEqualTo(15.5);
        assertThat(f.get("I3.5 2020-01-01").getJsonNumber("value").doubleValue()).isEqualTo(5.0);
        assertThat(f.get("I2.1 2020-01-01").getBoolean("computed")).as("the survey register feeds it").isTrue();
        assertThat(absent(f.get("I2.1 2020-01-01"), "value")).as("no survey in 2020").isTrue();
        assertThat(f.keySet()).as("module 2 is not the site's").noneMatch(k -> k.startsWith("I22."));

        JsonObject may = figures(status(agent972.get("sites/972/indicators?from=2020-05-01&to=2020-05-31"
                + "&period=MONTH&asOf=2020-06-30"), 200).object()).get("I3.2 2020-05-01");
        assertThat(may.getString("periodEnd")).isEqualTo("2020-05-31");
        assertThat(may.getJsonNumber("numerator").longValue()).isEqualTo(2);

        JsonObject later = figures(status(agent972.get("sites/972/indicators?from=2020-01-01&to=2020-12-31"
                + "&asOf=2020-07-31"), 200).object()).get("I3.3 2020-01-01");
        assertThat(later.getJsonNumber("denominator").longValue()).as("C6, still open, is now late").isEqualTo(1);
        assertThat(later.getJsonNumber("value").doubleValue()).isZero();

        problem(agent972.get("sites/972/indicators?from=2020-01-01&to=2020-12-31&period=WEEK"), 400);
        problem(agent972.get("sites/972/indicators?from=2020-01-01"), 400);
        problem(agent972.get("sites/972/indicators?from=2010-01-01&to=2020-12-31"), 400);
    }

    /**
     * Whole months are read from the site's per-month tallies (ADR 0015), kept in the transaction of each change: a
     * correction, a closure declared and withdrawn move the figures of a whole month exactly as those of an interval
     * of days, which the registers answer.
     */
    @Test
    void wholeMonthsFollowCorrectionsAndClosuresThroughTheTallies() {
        // I17.1: e-mail information requests, 5 working days. Received Monday 8 April 2024, replied Tuesday 16 = 6.
        Reply created = status(referent57.post("sites/57/registers/correspondence", "application/json",
                entry("57-TALLY-1", "EMAIL", "INFORMATION_REQUEST", "2024-04-08",
                        "\"repliedOn\":\"2024-04-16\",\"replyChannel\":\"EMAIL\"")), 201);
        String april = "sites/57/indicators?from=2024-04-01&to=2024-04-30&period=MONTH&asOf=2024-06-30";
        String days = "sites/57/indicators?from=2024-04-05&to=2024-05-02&period=MONTH&asOf=2024-06-30";
        assertThat(i171(april)).as("late by one day").containsExactly(0L, 1L);
        assertThat(i171(days)).containsExactly(0L, 1L);
        assertThat(tallyRows("57", "2024-04-01")).as("the keeper tallied April").isPositive();

        status(referent57.put("sites/57/calendar/closures/2024-04-10", "{\"reason\":\"Inventaire\"}"), 200);
        assertThat(i171(april)).as("the closed Wednesday is not a working day").containsExactly(1L, 1L);
        assertThat(i171(days)).containsExactly(1L, 1L);
        status(referent57.delete("sites/57/calendar/closures/2024-04-10"), 204);
        assertThat(i171(april)).containsExactly(0L, 1L);

        long id = created.object().getJsonNumber("id").longValue();
        status(referent57.put("sites/57/registers/correspondence/" + id, entry("57-TALLY-1", "EMAIL",
                "INFORMATION_REQUEST", "2024-05-06", "\"repliedOn\":\"2024-05-07\",\"replyChannel\":\"EMAIL\"")),
                200);
        assertThat(i171(april)).as("moved to May").isEmpty();
        assertThat(i171("sites/57/indicators?from=2024-05-01&to=2024-05-31&period=MONTH&asOf=2024-06-30"))
                .containsExactly(1L, 1L);
        status(referent57.delete("sites/57/registers/correspondence/" + id), 204);
        assertThat(i171("sites/57/indicators?from=2024-05-01&to=2024-05-31&period=MONTH&asOf=2024-06-30"))
                .isEmpty();
        assertThat(tallyRows("57", "2024-05-01")).isZero();
    }

    /** I17.1's numerator and denominator over the route's period (one period), or nothing without a value. */
    List<Long> i171(String route) {
        JsonObject f = status(referent57.get(route), 200).object().getJsonArray("figures").stream()
                .map(JsonObject.class::cast).filter(x -> x.getString("code").equals("I17.1")).findFirst()
                .orElseThrow();
        return absent(f, "value") ? List.of() : List.of(f.getJsonNumber("numerator").longValue(),
                f.getJsonNumber("denominator").longValue());
    }

    /** The site's tally rows of a month, read as the owner bound to the site (row-level security applies). */
    static long tallyRows(String code, String month) {
        DataSource owner = IntegrationDatabase.database().database(LocalDatabase.DATABASE, LocalDatabase.OWNER_ROLE,
                System.getProperty("qualepref.it.db.ownerPassword"));
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('qualepref.site_id', "
                    + "CAST((SELECT id FROM site WHERE code = ?) AS text), true)")) {
                bind.setString(1, code);
                bind.executeQuery().close();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM register_tally "
                    + "WHERE month = CAST(? AS date) AND register = 'CORRESPONDENCE'")) {
                q.setString(1, month);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    c.rollback();
                    return rows;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static Map<String, JsonObject> figures(JsonObject view) {
        return view.getJsonArray("figures").stream().map(JsonObject.class::cast).collect(Collectors.toMap(
                x -> x.getString("code") + " " + x.getString("periodStart"), x -> x));
    }

    // ---- appointments, polices administratives files, imported values, surveys ------------------------------------

    /** A refused import: 422 problem+json listing each rejected line as "line column", nothing stored. */
    static List<String> rejected(Reply r) {
        problem(r, 422);
        assertThat(r.object().getBoolean("stored")).isFalse();
        return r.object().getJsonArray("rejected").stream().map(JsonObject.class::cast)
                .map(x -> x.getJsonNumber("line").longValue() + " " + x.getString("column")).toList();
    }

    static long registerTotal(Api api, String code, String register) {
        return status(api.get("sites/" + code + "/registers/" + register + "?limit=1"), 200).object()
                .getJsonNumber("total").longValue();
    }

    /** Imports {@code good} after a dry run that stores nothing; answers the ids now in the register. */
    static void importedAfterDryRun(Api api, String code, String register, String good, int lines) {
        long before = registerTotal(api, code, register);
        JsonObject dry = status(api.post("sites/" + code + "/registers/" + register + "/import?dryRun=true",
                "text/csv", good), 200).object();
        assertThat(dry.getBoolean("stored")).isFalse();
        assertThat(dry.getInt("accepted")).isEqualTo(lines);
        assertThat(registerTotal(api, code, register)).isEqualTo(before);
        JsonObject done = status(api.post("sites/" + code + "/registers/" + register + "/import", "text/csv", good),
                200).object();
        assertThat(done.getBoolean("stored")).isTrue();
        assertThat(registerTotal(api, code, register)).isEqualTo(before + lines);
        assertThat(rejected(api.post("sites/" + code + "/registers/" + register + "/import", "text/csv", good)))
                .as("the same references again").hasSize(lines);
    }

    /**
     * 37 in Moselle, 2022 (I37.1: a date proposed within 4 working days of receipt; I37.2: an appointment within 10
     * working days of the proposal, "sauf indisponibilité du demandeur").
     */
    @Test
    void appointmentsAreMeasuredFromReceiptThenFromTheProposal() {
        String header = "reference,requester,requestedOn,proposedOn,appointmentOn,unavailableFrom,unavailableUntil,"
                + "receivedPerson,receivedBy\n";
        String bad = header
                + "57-RDV-X1,MAYOR,2022-03-07,,,,,,\n"
                + "57-RDV-X2,ELECTED_OFFICIAL,2022-03-07,2022-03-10,2022-03-09,,,,\n"
                + "57-RDV-X3,ELECTED_OFFICIAL,2022-03-07,,2022-03-21,,,,\n"
                + "57-RDV-X4,ELECTED_OFFICIAL,2022-03-07,2022-03-08,,2022-03-10,,,\n"
                + "57-RDV-X5,ELECTED_OFFICIAL,2022-03-07,2022-03-08,,,,,\n";
        long before = registerTotal(referent57, "57", "appointments");
        assertThat(rejected(referent57.post("sites/57/registers/appointments/import", "text/csv", bad)))
                .containsExactly("2 requester", "3 appointmentOn", "4 appointmentOn", "5 unavailableUntil");
        assertThat(registerTotal(referent57, "57", "appointments")).as("nothing of line 6 either").isEqualTo(before);

        String good = header
                // 3 working days, then 7: both in time.
                + "57-RDV-1,ELECTED_OFFICIAL,2022-03-07,2022-03-10,2022-03-21,,,\"M. le maire de Metz\","
                + "\"Secrétaire général\"\n"
                // 5 working days, then 11: both late.
                + "57-RDV-2,ELECTED_OFFICIAL,2022-03-07,2022-03-14,2022-03-29,,,,\n"
                // Unavailable between the proposal and the appointment: not measured against the 10 days.
                + "57-RDV-3,ELECTED_OFFICIAL,2022-03-07,2022-03-09,2022-04-01,2022-03-14,2022-03-25,,\n"
                // Received on a Friday, proposed on the 4th working day (in time); no date since: late.
                + "57-RDV-4,ELECTED_OFFICIAL,2022-04-01,2022-04-07,,,,,\n";
        importedAfterDryRun(referent57, "57", "appointments", good, 4);

        Map<String, JsonObject> f = figures(status(referent57.get("sites/57/indicators?from=2022-01-01"
                + "&to=2022-12-31"), 200).object());
        assertThat(f.get("I37.1 2022-01-01").getJsonNumber("numerator").longValue()).isEqualTo(3);
        assertThat(f.get("I37.1 2022-01-01").getJsonNumber("denominator").longValue()).isEqualTo(4);
        assertThat(f.get("I37.2 2022-01-01").getJsonNumber("numerator").longValue()).isEqualTo(1);
        assertThat(f.get("I37.2 2022-01-01").getJsonNumber("denominator").longValue()).as("57-RDV-3 excused")
                .isEqualTo(3);
        assertThat(f.get("I37.2 2022-01-01").getString("formula")).contains("indisponibilité");

        JsonObject one = status(referent57.get("sites/57/registers/appointments?from=2022-04-01&to=2022-04-01"), 200)
                .object().getJsonArray("entries").getJsonObject(0);
        JsonObject fixed = status(referent57.put("sites/57/registers/appointments/" + one.getInt("id"),
                "{\"reference\":\"57-RDV-4\",\"requester\":\"ELECTED_OFFICIAL\",\"requestedOn\":\"2022-04-01\","
                        + "\"proposedOn\":\"2022-04-07\",\"appointmentOn\":\"2022-04-13\",\"receivedPerson\":"
                        + "\"Mme la présidente du conseil départemental\",\"receivedBy\":\"Préfet\",\"version\":"
                        + one.getInt("version") + "}"), 200).object();
        assertThat(fixed.getString("receivedBy")).as("37.2").isEqualTo("Préfet");
        problem(agent972.get("sites/57/registers/appointments/" + one.getInt("id")), 404);
        problem(referent57.get("sites/972/registers/appointments/" + one.getInt("id")), 404);
        problem(dmat.get("sites/972/registers/appointments/" + one.getInt("id")), 404);
        problem(agent972.put("sites/972/registers/appointments/" + one.getInt("id"), "{\"reference\":\"X\","
                + "\"requester\":\"APPLICANT\",\"requestedOn\":\"2022-04-01\"}"), 404);
        assertThat(auditTrail("57", "AppointmentEntry")).contains("referent-57 IMPORT AppointmentEntry",
                "referent-57 UPDATE AppointmentEntry");
    }

    /** 38 and 39 in Côte-d'Or, 2022: the contact within 10 working days, the decision within the announced delay. */
    @Test
    void administrativeFilesAreMeasuredAgainstTenDaysAndTheAnnouncedDelay() {
        String header = "reference,procedure,channel,receivedOn,incomplete,contactedOn,announcedDelayDays,decidedOn\n";
        String bad = header
                + "21-PA-X1,Armes,PAPER,2022-03-04,maybe,,,\n"
                + "21-PA-X2,Armes,PAPER,2022-03-04,false,2022-03-07,,\n"
                + "21-PA-X3,Armes,FAX,2022-03-04,true,,400,2022-03-01\n";
        long before = registerTotal(referent21, "21", "administrative-files");
        assertThat(rejected(referent21.post("sites/21/registers/administrative-files/import", "text/csv", bad)))
                .containsExactly("2 incomplete", "3 contactedOn", "4 channel");
        assertThat(registerTotal(referent21, "21", "administrative-files")).isEqualTo(before);
        String good = header
                // Received on a Friday: contacted on the 10th working day; decided on the 20th of 30.
                + "21-PA-1,Armes,PAPER,2022-03-04,oui,2022-03-18,30,2022-04-01\n"
                // Téléprocédure: contacted on the 11th working day, decided on the 14th of 10.
                + "21-PA-2,Armes,TELEPROCEDURE,2022-03-07,true,2022-03-22,10,2022-03-25\n"
                // Complete and without an announced delay: measured by nothing.
                + "21-PA-3,Débits de boissons,TELEPROCEDURE,2022-03-07,false,,,2022-03-08\n"
                // Received the day before Ascension; Whit Monday off: contacted on the 9th working day.
                + "21-PA-4,Armes,PAPER,2022-05-25,true,2022-06-09,15,2022-06-15\n";
        importedAfterDryRun(referent21, "21", "administrative-files", good, 4);

        Map<String, JsonObject> f = figures(status(referent21.get("sites/21/indicators?from=2022-01-01"
                + "&to=2022-12-31"), 200).object());
        JsonObject contact = f.get("I38.2 2022-01-01");
        assertThat(contact.getJsonNumber("numerator").longValue()).isEqualTo(2);
        assertThat(contact.getJsonNumber("denominator").longValue()).isEqualTo(3);
        assertThat(f.get("I39.1 2022-01-01").getJsonNumber("denominator").longValue()).as("téléprocédures only")
                .isEqualTo(1);
        assertThat(f.get("I39.1 2022-01-01").getJsonNumber("value").doubleValue()).isEqualTo(0.0);
        JsonObject decided = f.get("I38.1 2022-01-01");
        assertThat(decided.getJsonNumber("numerator").longValue()).isEqualTo(2);
        assertThat(decided.getJsonNumber("denominator").longValue()).isEqualTo(3);
        assertThat(decided.getString("note")).contains("1 entry has no announced delay");
        assertThat(f.get("I40.1 2022-01-01").getBoolean("computed")).isTrue();
        problem(referent57.get("sites/21/registers/administrative-files"), 404);
        problem(referent57.post("sites/21/registers/administrative-files/import", "text/csv", good), 404);
        assertThat(auditTrail("21", "AdministrativeFile")).contains("referent-21 IMPORT AdministrativeFile");
    }

    /** Values from Indigo: the month's value, the mean over a quarter; a quarterly value only in quarters. */
    @Test
    void importedValuesAreTheIndicatorsValueForTheirPeriod() {
        String header = "indicator,period,periodStart,value,source\n";
        String bad = header
                + "I3.1,MONTH,2022-01-01,0.5,Indigo\n"
                + "I99.9,MONTH,2022-01-01,0.5,Indigo\n"
                + "I14.1,QUARTER,2022-02-01,12,Indigo\n"
                + "I10.2,MONTH,2022-01-01,beaucoup,Indigo\n"
                + "I10.2,MONTH,2022-01-01,0.91,Indigo\n"
                + "I10.2,MONTH,2022-01-01,0.92,Indigo\n";
        long before = registerTotal(referent57, "57", "imported-values");
        assertThat(rejected(referent57.post("sites/57/registers/imported-values/import", "text/csv", bad)))
                .containsExactly("2 indicator", "3 indicator", "4 periodStart", "5 value", "7 reference");
        assertThat(registerTotal(referent57, "57", "imported-values")).isEqualTo(before);
        String good = header
                + "I10.2,MONTH,2022-01-01,0.91,Indigo\n"
                + "I10.2,MONTH,2022-02-01,0.93,Indigo\n"
                + "I10.2,month,2022-03-01,0.95,Indigo\n"
                + "I14.1,QUARTER,2022-01-01,12.5,ANTS\n";
        importedAfterDryRun(referent57, "57", "imported-values", good, 4);
        Reply entered = status(referent57.post("sites/57/registers/imported-values", "application/json",
                "{\"indicator\":\"I19.1\",\"period\":\"MONTH\",\"periodStart\":\"2022-02-01\",\"value\":1234}"),
                201);
        assertThat(entered.object().getString("indicator")).isEqualTo("I19.1");

        Map<String, JsonObject> quarters = figures(status(referent57.get("sites/57/indicators?from=2022-01-01"
                + "&to=2022-03-31&period=QUARTER"), 200).object());
        assertThat(quarters.get("I10.2 2022-01-01").getJsonNumber("value").doubleValue()).isCloseTo(0.93,
                within(1e-9));
        assertThat(quarters.get("I10.2 2022-01-01").getJsonNumber("sample").longValue()).isEqualTo(3);
        assertThat(quarters.get("I14.1 2022-01-01").getJsonNumber("value").doubleValue()).isEqualTo(12.5);
        Map<String, JsonObject> months = figures(status(referent57.get("sites/57/indicators?from=2022-02-01"
                + "&to=2022-02-28&period=MONTH"), 200).object());
        assertThat(months.get("I10.2 2022-02-01").getJsonNumber("value").doubleValue()).isCloseTo(0.93,
                within(1e-9));
        assertThat(months.get("I19.1 2022-02-01").getJsonNumber("value").doubleValue()).isEqualTo(1234.0);
        assertThat(absent(months.get("I14.1 2022-02-01"), "value")).as("a quarter is not split").isTrue();
        problem(agent972.get("sites/57/registers/imported-values/" + entered.object().getInt("id")), 404);
    }

    /** I2.1 (2): satisfied over respondents, every criterion and survey of the period together. */
    @Test
    void surveysGiveTheSatisfactionRateOverEveryRespondent() {
        String header = "reference,survey,indicator,criterion,conductedOn,respondents,satisfied\n";
        String bad = header
                + "57-ENQ-X1,SATISFACTION,I2.1,ponctualité,2022-06-15,10,5\n"
                + "57-ENQ-X2,SATISFACTION,I17.1,courtoisie,2022-06-15,10,5\n"
                + "57-ENQ-X3,SATISFACTION,I2.1,courtoisie,2022-06-15,10,11\n"
                + "57-ENQ-X4,SONDAGE,I2.1,courtoisie,2022-06-15,10,5\n";
        long before = registerTotal(referent57, "57", "surveys");
        assertThat(rejected(referent57.post("sites/57/registers/surveys/import", "text/csv", bad)))
                .containsExactly("2 criterion", "3 indicator", "4 satisfied", "5 survey");
        assertThat(registerTotal(referent57, "57", "surveys")).isEqualTo(before);
        String good = header
                + "57-ENQ-1,SATISFACTION,I2.1,courtoisie,2022-06-15,100,90\n"
                + "57-ENQ-2,MYSTERY,I2.1,langage compréhensible,2022-06-20,20,15\n";
        importedAfterDryRun(referent57, "57", "surveys", good, 2);
        JsonObject i21 = figures(status(referent57.get("sites/57/indicators?from=2022-01-01&to=2022-12-31"), 200)
                .object()).get("I2.1 2022-01-01");
        assertThat(i21.getJsonNumber("numerator").longValue()).isEqualTo(105);
        assertThat(i21.getJsonNumber("denominator").longValue()).isEqualTo(120);
        assertThat(i21.getJsonNumber("value").doubleValue()).isCloseTo(0.875, within(1e-9));
        problem(referent57.post("sites/57/registers/surveys", "application/json", "{\"reference\":\"57-ENQ-3\","
                + "\"survey\":\"SATISFACTION\",\"indicator\":\"I7.1\",\"criterion\":\"courtoisie\","
                + "\"conductedOn\":\"2022-06-15\",\"respondents\":10,\"satisfied\":5}"), 400);
        problem(referent57.get("sites/972/registers/surveys"), 404);
    }

    /** A register import may exceed the API's 1 MiB (a year of a site's requests), up to its own 64 MiB. */
    @Test
    void importsHaveTheirOwnLargerBodyLimit() {
        StringBuilder csv = new StringBuilder("reference,medium,subject,requestedOn,onlineOn\n");
        int lines = 45_000;
        for (int i = 0; i < lines; i++) {
            csv.append(String.format("57-BIG-%06d,WEBSITE,Horaires,2023-01-02,2023-01-03%n", i));
        }
        assertThat(csv.length()).isGreaterThan(2 * 1024 * 1024);
        JsonObject checked = status(referent57.post("sites/57/registers/updates/import?dryRun=true", "text/csv",
                csv.toString()), 200).object();
        assertThat(checked.getInt("accepted")).isEqualTo(lines);

        // Sent without a length (chunked): a header, then lines of one long value each (rejected for their number
        // of values, cheaply); the server stops reading at the limit and answers 413.
        long size = 64L * 1024 * 1024 + 64;
        byte[] header = "reference,medium,subject,requestedOn\n".getBytes(StandardCharsets.US_ASCII);
        Reply tooBig = referent57.send(HttpRequest.newBuilder(referent57.api("sites/57/registers/updates/import"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private long sent;

                    @Override
                    public int read() {
                        if (sent >= size) {
                            return -1;
                        }
                        long at = sent++;
                        return at < header.length ? header[(int) at] : (at - header.length) % 65_536 == 65_535 ? '\n'
                                : 'x';
                    }
                })));
        problem(tooBig, 413);
        assertThat(tooBig.object().getString("detail")).contains("67108864");
    }

    // ---- national indicators -------------------------------------------------------------------------------------

    static String update(String reference, String requestedOn, String onlineOn) {
        return reference + ",WEBSITE,Horaires," + requestedOn + "," + onlineOn + "\n";
    }

    static JsonObject distribution(JsonObject national, String indicator, String period, String scope) {
        return national.getJsonArray("distributions").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("indicator").equals(indicator) && d.getString("period").equals(period)
                        && d.getString("scope").equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " " + period + " " + scope
                        + " missing from " + national));
    }

    /**
     * I1.1 (website updated within 3 working days, 1.2) in 2024: 57 (Grand Est) 3 of 4 in time = 0.75, 972
     * (Martinique) 2 of 2 = 1.0; no other site of the test database records updates in 2024.
     */
    @Test
    void theDmatSeesHowTheSitesSpreadAndAPilotOnlyTheirRegion() {
        String header = "reference,medium,subject,requestedOn,onlineOn\n";
        status(referent57.post("sites/57/registers/updates/import", "text/csv", header
                + update("57-NAT-1", "2024-03-04", "2024-03-06") + update("57-NAT-2", "2024-06-03", "2024-06-06")
                + update("57-NAT-3", "2024-09-02", "2024-09-05") + update("57-NAT-4", "2024-10-07", "2024-10-14")),
                200);
        status(agent972.post("sites/972/registers/updates/import", "text/csv", header
                + update("972-NAT-1", "2024-03-04", "2024-03-05") + update("972-NAT-2", "2024-06-03", "2024-06-04")),
                200);

        JsonObject year = status(dmat.get("indicators/national?from=2024-01-01&to=2024-12-31&period=year"), 200)
                .object();
        JsonObject national = distribution(year, "I1.1", "2024", "national");
        assertThat(national.getString("label")).startsWith("Taux de mise à jour du site internet");
        assertThat(national.getInt("sites")).isEqualTo(2);
        assertThat(national.getJsonNumber("mean").doubleValue()).isCloseTo(0.875, within(1e-9));
        assertThat(national.getJsonNumber("median").doubleValue()).isCloseTo(0.875, within(1e-9));
        assertThat(national.getJsonNumber("p10").doubleValue()).isCloseTo(0.775, within(1e-9));
        assertThat(national.getJsonNumber("p90").doubleValue()).isCloseTo(0.975, within(1e-9));
        JsonObject grandEst = distribution(year, "I1.1", "2024", "Grand Est");
        assertThat(grandEst.getInt("sites")).isEqualTo(1);
        assertThat(grandEst.getJsonNumber("median").doubleValue()).isCloseTo(0.75, within(1e-9));
        assertThat(distribution(year, "I1.1", "2024", "Martinique").getJsonNumber("mean").doubleValue())
                .isCloseTo(1.0, within(1e-9));
        JsonObject voice = distribution(year, "I1.2", "2024", "national");
        assertThat(voice.getInt("sites")).as("no voice-server change recorded").isZero();
        assertThat(voice.get("mean")).as("null, so left out").isNull();

        JsonObject quarters = status(dmat.get("indicators/national?from=2024-01-01&to=2024-12-31&period=QUARTER"),
                200).object();
        assertThat(distribution(quarters, "I1.1", "2024-Q1", "national").getInt("sites")).isEqualTo(2);
        JsonObject q4 = distribution(quarters, "I1.1", "2024-Q4", "national");
        assertThat(q4.getInt("sites")).isEqualTo(1);
        assertThat(q4.getJsonNumber("p90").doubleValue()).isCloseTo(0.0, within(1e-9));

        JsonObject pilot = status(pilotGrandEst.get("indicators/national?from=2024-01-01&to=2024-12-31"), 200)
                .object();
        assertThat(pilot.getString("period")).isEqualTo("YEAR");
        assertThat(pilot.getJsonArray("distributions").stream().map(JsonObject.class::cast)
                .map(d -> d.getString("scope")).distinct()).containsExactlyInAnyOrder("national", "Grand Est");
        assertThat(distribution(pilot, "I1.1", "2024", "national").getJsonNumber("mean").doubleValue())
                .as("only 57 in the pilot's view").isCloseTo(0.75, within(1e-9));
        assertThat(status(pilotGrandEst.get("indicators/national?from=2024-01-01&to=2024-12-31&region=Grand%20Est"),
                200).object().getInt("sitesRead")).isEqualTo(pilot.getInt("sitesRead"));
        problem(pilotGrandEst.get("indicators/national?from=2024-01-01&to=2024-12-31&region=Martinique"), 403);
        problem(referent57.get("indicators/national?from=2024-01-01&to=2024-12-31"), 403);
        problem(dmat.get("indicators/national?from=2024-01-01&to=2024-12-31&period=week"), 400);
        problem(dmat.get("indicators/national?to=2024-12-31"), 400);
        assertThat(auditTrail("972", "Indicators")).contains(Accounts.ADMIN_LOGIN + " READ Indicators");
    }
}
