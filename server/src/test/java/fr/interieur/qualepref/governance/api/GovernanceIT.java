package fr.interieur.qualepref.governance.api;

import static fr.interieur.qualepref.testing.AuditTrails.auditTrail;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.localrunner.LocalDatabase;
import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Governance records through HTTP (issue 6): action plans closed on evidence, the comité des usagers with its yearly
 * checks, training compliance, COFIL and bilan annuel, the readiness of a site; who may write and read; refusals that
 * store nothing; one site's référent cannot reach another site's records. Dates are relative to today, so the year
 * checked ("last year") is always over.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    static final int LAST_YEAR = TODAY.getYear() - 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    static Api anonymous;
    static Api dmat;
    static Api referent;
    static Api agent;
    static Api auditor;
    static Api otherReferent;

    @BeforeEach
    void world() {
        if (dmat != null) {
            return;
        }
        anonymous = new Api(base);
        dmat = anonymous.as(Accounts.adminToken(anonymous));
        status(dmat.post("sites", "application/json", site("33", "Préfecture de la Gironde", "[1,3,4]")), 201, 409);
        status(dmat.post("sites", "application/json", site("31", "Préfecture de la Haute-Garonne", "[1,4]")), 201,
                409);
        referent = anonymous.as(Accounts.userWith(dmat, "gov-referent-33", "QUALITY_REFERENT", "33", null));
        agent = anonymous.as(Accounts.userWith(dmat, "gov-agent-33", "AGENT", "33", null));
        auditor = anonymous.as(Accounts.userWith(dmat, "gov-auditor-33", "AUDITOR", "33", null));
        otherReferent = anonymous.as(Accounts.userWith(dmat, "gov-referent-31", "QUALITY_REFERENT", "31", null));
    }

    static final Map<String, Long> DOCUMENTS = new java.util.HashMap<>();

    /**
     * A record of the documentary system standing for the evidence a test numbers {@code n} (minutes, attestations,
     * completion evidence are documents of the site, checked and foreign-keyed since V042): in site 33, or in site 31
     * with {@link #doc31}.
     */
    static long doc(int n) {
        return document(referent, "33", n);
    }

    static long doc31(int n) {
        return document(otherReferent, "31", n);
    }

    static long document(Api api, String site, int n) {
        return DOCUMENTS.computeIfAbsent(site + "/" + n, k -> status(api.post("sites/" + site + "/documents",
                "application/json", "{\"kind\":\"RECORD\",\"title\":\"Pièce " + n + "\",\"references\":[],"
                        + "\"note\":\"Pièce justificative " + n + "\"}"), 201).object().getJsonNumber("id")
                .longValue());
    }

    static String site(String code, String name, String modules) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"PREFECTURE\",\"region\":\""
                + "Occitanie\",\"hasCert\":false,\"modules\":" + modules + "}";
    }

    static Reply status(Reply r, Integer... expected) {
        assertThat(r.status()).as(r.toString()).isIn((Object[]) expected);
        return r;
    }

    static Reply problem(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        return r;
    }

    static String rule(Reply r) {
        return r.object().getJsonArray("violations").getJsonObject(0).getString("rule");
    }

    static String day(int year, int month, int day) {
        return "\"" + LocalDate.of(year, month, day) + "\"";
    }

    static Map<String, String> statuses(Reply readiness) {
        return readiness.object().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("status")));
    }

    @Test
    void actionsAreFollowedAndClosedOnlyOnTheirEvidence() {
        JsonObject plan = status(referent.post("sites/33/action-plans", "application/json",
                "{\"title\":\"Délais de réponse aux courriels\",\"source\":\"COMPLAINT_ANALYSIS\","
                        + "\"sourceReference\":\"analyse T3\"}"), 201).object();
        long id = plan.getJsonNumber("id").longValue();
        String actions = "sites/33/action-plans/" + id + "/actions";
        JsonObject late = status(referent.post(actions, "application/json", "{\"title\":\"Réponses types\","
                + "\"owner\":\"Bureau de l'accueil\",\"dueOn\":\"" + TODAY.minusDays(1) + "\"}"), 201).object();
        status(referent.post(actions, "application/json", "{\"title\":\"Relances\",\"owner\":\"SG\",\"dueOn\":\""
                + TODAY + "\",\"status\":\"IN_PROGRESS\"}"), 201);
        String lateAction = actions + "/" + late.getJsonNumber("id").longValue();

        List<String> overdue = status(agent.get("sites/33/action-plans/overdue"), 200).array().stream()
                .map(JsonObject.class::cast).map(o -> o.getJsonObject("action").getString("title")).toList();
        assertThat(overdue).as("due yesterday is overdue, due today is not").containsExactly("Réponses types");

        problem(referent.post(lateAction + "/closure", "application/json", "{\"note\":\"fait\"}"), 400);
        Reply done = problem(referent.put(lateAction, "{\"title\":\"Réponses types\",\"owner\":\"Bureau\","
                + "\"dueOn\":\"" + TODAY + "\",\"status\":\"DONE\"}"), 422);
        assertThat(rule(done)).isEqualTo("CLOSE_WITH_EVIDENCE");
        problem(referent.post(lateAction + "/closure", "application/json", "{\"evidenceDocumentId\":" + doc(12) + ","
                + "\"completedOn\":\"" + TODAY.plusDays(1) + "\"}"), 422);
        assertThat(status(agent.get("sites/33/action-plans/" + id), 200).object().getJsonArray("actions")
                .getJsonObject(0).getString("status")).as("nothing stored on a refusal").isEqualTo("OPEN");

        JsonObject closed = status(referent.post(lateAction + "/closure", "application/json",
                "{\"evidenceDocumentId\":" + doc(12) + ",\"note\":\"modèles publiés\"}"), 200).object();
        assertThat(closed.getString("status")).isEqualTo("DONE");
        assertThat(closed.getJsonNumber("evidenceDocumentId").longValue()).isEqualTo(doc(12));
        assertThat(closed.getString("completedOn")).isEqualTo(TODAY.toString());
        assertThat(status(agent.get("sites/33/action-plans/overdue"), 200).array()).isEmpty();
        assertThat(rule(problem(referent.post(lateAction + "/closure", "application/json",
                "{\"evidenceDocumentId\":" + doc(13) + "}"), 422))).isEqualTo("ACTION_CLOSED");

        problem(agent.post("sites/33/action-plans", "application/json", "{\"title\":\"Un agent\","
                + "\"source\":\"STAFF_FEEDBACK\"}"), 403);
        problem(referent.post("sites/33/action-plans", "application/json", "{\"title\":\"Source inconnue\","
                + "\"source\":\"RUMOUR\"}"), 400);
        problem(referent.get("sites/33/action-plans/999999"), 404);
        problem(referent.get("sites/33/action-plans/overdue?on=hier"), 400);
        assertThat(auditTrail("33", "PlanAction")).containsSubsequence("gov-referent-33 CREATE PlanAction",
                "gov-referent-33 CLOSE PlanAction");
    }

    @Test
    void theUsersCommitteeIsCheckedYearByYearWithItsReasons() {
        JsonObject committee = status(referent.post("sites/33/users-committees", "application/json",
                "{\"name\":\"Comité des usagers de la Gironde\"}"), 201).object();
        long id = committee.getJsonNumber("id").longValue();
        problem(referent.post("sites/33/users-committees", "application/json", "{\"name\":\"Un second\"}"), 409);
        assertThat(rule(problem(referent.post("sites/33/users-committees", "application/json",
                "{\"name\":\"Comité du module 2\",\"module\":2}"), 422))).isEqualTo("COMMITTEE_MODULE_NOT_TAKEN");

        String members = "sites/33/users-committees/" + id + "/members";
        List<Long> ids = new ArrayList<>();
        for (String[] m : new String[][] {{"UFC", "CONSUMER_ASSOCIATION"}, {"Mairie de Bordeaux", "LOCAL_AUTHORITY"},
                {"Préfecture", "SITE"}, {"DDTM", "STATE_SERVICE"}}) {
            ids.add(status(referent.post(members, "application/json", "{\"name\":\"" + m[0] + " représentant\","
                    + "\"category\":\"" + m[1] + "\",\"organisation\":\"" + m[0] + "\",\"memberFrom\":"
                    + day(LAST_YEAR - 1, 1, 1) + "}"), 201).object().getJsonNumber("id").longValue());
        }
        String attendees = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String meetings = "sites/33/users-committees/" + id + "/meetings";

        Reply stranger = problem(referent.post(meetings, "application/json", "{\"heldOn\":" + day(LAST_YEAR, 3, 10)
                + ",\"attendees\":[" + attendees + ",999999],\"topics\":[\"QUALITY_RESULTS\"]}"), 422);
        assertThat(rule(stranger)).isEqualTo("ATTENDEE_NOT_MEMBER");
        Reply future = problem(referent.post(meetings, "application/json", "{\"heldOn\":\"" + TODAY.plusDays(3)
                + "\",\"attendees\":[" + attendees + "],\"topics\":[],\"minutesDocumentId\":" + doc(5) + "}"), 422);
        assertThat(rule(future)).isEqualTo("MEETING_IN_FUTURE");
        assertThat(status(agent.get("sites/33/users-committees/" + id), 200).object().getJsonArray("meetings"))
                .as("refused meetings are not stored").isEmpty();

        JsonObject meeting = status(referent.post(meetings, "application/json", "{\"heldOn\":"
                + day(LAST_YEAR, 12, 31) + ",\"attendees\":[" + attendees + "],\"topics\":[\"QUALITY_RESULTS\","
                + "\"COMPLAINTS_AND_ACTION_PLANS\"],\"decisions\":\"Horaires élargis\",\"minutesDocumentId\":"
                + doc(7) + "}"),
                201).object();
        Map<String, String> checks = checks(LAST_YEAR);
        assertThat(checks).containsEntry("USERS_COMMITTEE_MET", "MET")
                .containsEntry("USERS_COMMITTEE_STAKEHOLDERS", "MET")
                .containsEntry("USERS_COMMITTEE_TOPICS", "NOT_MET")
                .containsEntry("USERS_COMMITTEE_MINUTES_SENT", "NOT_MET")
                .containsEntry("USERS_COMMITTEE_MINUTES_PUBLISHED", "NOT_MET");
        assertThat(reasons(LAST_YEAR, "USERS_COMMITTEE_TOPICS")).singleElement().asString()
                .contains("USER_SUGGESTIONS");

        status(referent.put(meetings + "/" + meeting.getJsonNumber("id").longValue(), "{\"heldOn\":"
                + day(LAST_YEAR, 12, 31) + ",\"attendees\":[" + attendees + "],\"topics\":[\"QUALITY_RESULTS\","
                + "\"COMPLAINTS_AND_ACTION_PLANS\",\"USER_SUGGESTIONS\"],\"minutesDocumentId\":" + doc(7) + ","
                + "\"minutesSentOn\":\"" + TODAY + "\",\"minutesSentTo\":[" + attendees + "],"
                + "\"publishedOn\":\"" + TODAY + "\",\"publishedAt\":\"https://www.gironde.gouv.fr/cu\"}"),
                200);
        assertThat(checks(LAST_YEAR).values()).as("a meeting on 31 December counts for its year").containsOnly("MET");
        assertThat(checks(LAST_YEAR + 1)).as("and not for the next one")
                .containsEntry("USERS_COMMITTEE_MET", "NOT_YET_DUE");
        problem(agent.post(meetings, "application/json", "{\"heldOn\":" + day(LAST_YEAR, 3, 10) + ",\"attendees\":["
                + attendees + "],\"topics\":[]}"), 403);
        problem(agent.get("sites/33/users-committees/checks?year=1990"), 400);
        assertThat(auditTrail("33", "CommitteeMeeting")).as("refused meetings leave no trace")
                .containsExactly("gov-referent-33 CREATE CommitteeMeeting", "gov-referent-33 UPDATE CommitteeMeeting");
    }

    Map<String, String> checks(int year) {
        return status(auditor.get("sites/33/users-committees/checks?year=" + year), 200).array().stream()
                .map(JsonObject.class::cast).collect(Collectors.toMap(c -> c.getString("code"),
                        c -> c.getString("status")));
    }

    List<String> reasons(int year, String code) {
        return status(auditor.get("sites/33/users-committees/checks?year=" + year), 200).array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void trainingComplianceListsWhoIsOutAndSinceWhen() {
        long late = status(referent.post("sites/33/agents", "application/json", "{\"name\":\"Zoé Accueil\","
                + "\"reference\":\"M-1\"}"), 201).object().getJsonNumber("id").longValue();
        long fine = status(referent.post("sites/33/agents", "application/json", "{\"name\":\"Yann Standard\"}"), 201)
                .object().getJsonNumber("id").longValue();
        problem(referent.post("sites/33/agents", "application/json", "{\"name\":\"Doublon\",\"reference\":\"M-1\"}"),
                409);
        LocalDate started = TODAY.minusMonths(13);
        status(referent.post("sites/33/agents/" + late + "/posts", "application/json",
                "{\"category\":\"RECEPTION\",\"startedOn\":\"" + started + "\"}"), 201);
        status(referent.post("sites/33/agents/" + fine + "/posts", "application/json",
                "{\"category\":\"TELEPHONE\",\"startedOn\":\"" + started + "\"}"), 201);
        String training = "{\"category\":\"TELEPHONE\",\"kind\":\"INITIAL\",\"completedOn\":\"%s\","
                + "\"title\":\"Accueil téléphonique\",\"evidence\":\"ATTESTATION\",\"evidenceDocumentId\":"
                + doc(31) + "}";

        problem(referent.post("sites/33/agents/999999/trainings", "application/json",
                training.formatted(started.plusMonths(2))), 404);
        assertThat(rule(problem(referent.post("sites/33/agents/" + fine + "/trainings", "application/json",
                training.formatted(TODAY.plusDays(1))), 422))).isEqualTo("TRAINING_IN_FUTURE");
        assertThat(rule(problem(referent.post("sites/33/agents/" + fine + "/trainings", "application/json",
                training.formatted(started).replace(",\"evidenceDocumentId\":" + doc(31) + "", "")), 422)))
                .isEqualTo("TRAINING_EVIDENCE");
        assertThat(status(agent.get("sites/33/agents/" + fine), 200).object().getJsonArray("trainings")).isEmpty();
        status(referent.post("sites/33/agents/" + fine + "/trainings", "application/json",
                training.formatted(started.plusMonths(2))), 201);

        List<JsonObject> out = status(auditor.get("sites/33/training-compliance/out-of-compliance"), 200).array()
                .stream().map(JsonObject.class::cast).toList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).getJsonObject("agent").getString("name")).isEqualTo("Zoé Accueil");
        assertThat(out.get(0).getString("nonCompliantFrom")).isEqualTo(started.plusMonths(12).plusDays(1).toString());
        assertThat(out.get(0).getJsonArray("missed").getJsonObject(0).getString("rule")).isEqualTo("INITIAL");
        assertThat(status(auditor.get("sites/33/training-compliance/out-of-compliance?on="
                + started.plusMonths(12)), 200).array()).as("the deadline day itself is in time").isEmpty();
        JsonObject all = status(auditor.get("sites/33/training-compliance"), 200).array().stream()
                .map(JsonObject.class::cast).filter(c -> c.getJsonObject("agent").getString("name")
                        .equals("Yann Standard")).findFirst().orElseThrow();
        assertThat(all.getBoolean("compliant")).isTrue();
        assertThat(all.getString("nonCompliantFrom")).isEqualTo(started.plusMonths(2).plusYears(4).plusDays(1)
                .toString());
        problem(agent.post("sites/33/agents", "application/json", "{\"name\":\"Pas autorisé\"}"), 403);
        assertThat(auditTrail("33", "TrainingRecord")).as("refused trainings leave no trace")
                .containsExactly("gov-referent-33 CREATE TrainingRecord");
    }

    @Test
    void readinessGathersTheCofilTheBilanAndTheFollowUp() {
        Reply before = status(otherReferent.get("sites/31/readiness?year=" + LAST_YEAR), 200);
        assertThat(statuses(before)).containsEntry("COFIL_INSTALLED", "NOT_MET")
                .containsEntry("ANNUAL_REVIEW_HELD", "NOT_MET").containsEntry("USERS_COMMITTEE_EXISTS", "NOT_MET");

        status(otherReferent.put("sites/31/cofil", "{\"installedBy\":\"PREFET\",\"installedOn\":"
                + day(LAST_YEAR - 2, 3, 1) + ",\"composition\":\"SG, directeurs, "
                + "référent qualité\",\"compositionDocumentId\":" + doc31(41)
                + ",\"qualityManager\":\"Mme Qualité\","
                + "\"qualityManagerMissionDocumentId\":" + doc31(42) + ",\"organisationChartDocumentId\":"
                + doc31(43) + "}"), 200);
        problem(otherReferent.post("sites/31/cofil/meetings", "application/json", "{\"heldOn\":\""
                + TODAY.plusDays(2) + "\",\"agenda\":\"Bilan\",\"minutesDocumentId\":" + doc31(44) + "}"), 422);
        status(otherReferent.post("sites/31/cofil/meetings", "application/json", "{\"heldOn\":" + day(LAST_YEAR, 6,
                30) + ",\"agenda\":\"Point d'étape\",\"minutesDocumentId\":" + doc31(44) + "}"), 201);
        long review = status(otherReferent.post("sites/31/annual-reviews", "application/json", "{\"heldOn\":"
                + day(LAST_YEAR, 1, 15) + ",\"attendance\":[\"PREFET_OR_REPRESENTATIVE\",\"SERVICE_DIRECTORS\","
                + "\"QUALITY_MANAGER\"],\"inputs\":[\"INDICATORS\",\"SATISFACTION_SURVEYS\",\"MYSTERY_SURVEYS\","
                + "\"COMPLAINTS\",\"TRAINING_NEEDS\",\"SELF_ASSESSMENT_OR_INTERNAL_AUDIT\"],\"minutesDocumentId\":"
                + doc31(45) + ","
                + "\"staffInformedOn\":" + day(LAST_YEAR, 2, 1) + "}"), 201).object().getJsonNumber("id").longValue();
        assertThat(rule(problem(otherReferent.put("sites/31/annual-reviews/" + review, "{\"heldOn\":"
                + day(LAST_YEAR, 1, 15) + ",\"attendance\":[],\"inputs\":[],\"technicalCommitteeOn\":"
                + day(LAST_YEAR, 1, 14) + "}"), 422))).isEqualTo("DATE_BEFORE_EVENT");
        assertThat(rule(problem(otherReferent.post("sites/31/action-plans", "application/json", "{\"title\":"
                + "\"Plan d'un bilan inconnu\",\"source\":\"ANNUAL_REVIEW\",\"sourceReference\":\"999999\"}"), 422)))
                .isEqualTo("UNKNOWN_ANNUAL_REVIEW");
        status(otherReferent.post("sites/31/action-plans", "application/json", "{\"title\":\"Plan d'amélioration "
                + LAST_YEAR + "\",\"source\":\"ANNUAL_REVIEW\",\"sourceReference\":\"" + review + "\"}"), 201);

        Reply after = status(otherReferent.get("sites/31/readiness?year=" + LAST_YEAR), 200);
        Map<String, String> s = statuses(after);
        assertThat(s).containsEntry("COFIL_INSTALLED", "MET").containsEntry("COFIL_COMPOSITION", "MET")
                .containsEntry("QUALITY_MANAGER", "MET").containsEntry("RESPONSIBILITIES_DOCUMENTED", "NOT_MET")
                .containsEntry("COFIL_MINUTES", "MET").containsEntry("ANNUAL_REVIEW_HELD", "MET")
                .containsEntry("ANNUAL_REVIEW_ATTENDANCE", "MET").containsEntry("ANNUAL_REVIEW_INPUTS", "MET")
                .containsEntry("ANNUAL_REVIEW_IMPROVEMENT_PLAN", "MET")
                .containsEntry("ANNUAL_REVIEW_STAFF_INFORMED", "MET")
                .containsEntry("ANNUAL_REVIEW_TECHNICAL_COMMITTEE", "NOT_MET")
                .containsEntry("ACTION_PLANS_FOLLOWED", "MET")
                // contributed by the documentary system (IV.2) and the audits (V.2, V.3); IV.4 from the plans
                .containsEntry("DOCUMENTARY_SYSTEM", "NOT_MET").containsEntry("STAFF_FEEDBACK_ACTION_PLAN", "NOT_MET")
                .containsEntry("INTERNAL_AUDIT_BEFORE_EXTERNAL", "NOT_YET_DUE")
                .containsEntry("EXTERNAL_AUDIT", "NOT_MET");
        JsonObject body = after.object();
        assertThat(body.getJsonArray("checks").stream().map(JsonObject.class::cast).map(c -> c.getString("reference"))
                .distinct().toList()).as("every organisational requirement of chapters IV-V")
                .containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "V.1", "V.2", "V.3");
        assertThat(body.getString("site")).isEqualTo("31");
        assertThat(body.getInt("year")).isEqualTo(LAST_YEAR);
        assertThat(body.getJsonNumber("notMet").longValue()).isPositive();
        assertThat(body.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("code").equals("RESPONSIBILITIES_DOCUMENTED")).findFirst().orElseThrow()
                .getJsonArray("reasons").getString(0)).isEqualTo("no function descriptions");
        status(dmat.get("sites/31/readiness?year=" + LAST_YEAR), 200);
        assertThat(auditTrail("31", "Readiness")).as("a read by someone without a role on the site is audited")
                .contains("dmat-admin READ Readiness");
        problem(otherReferent.get("sites/31/readiness?year=deux-mille"), 400);
    }

    @Test
    void oneSitesReferentCannotReachAnothersRecords() {
        long plan = status(referent.post("sites/33/action-plans", "application/json", "{\"title\":\"Plan secret\","
                + "\"source\":\"INDICATOR_DEGRADATION\"}"), 201).object().getJsonNumber("id").longValue();
        problem(otherReferent.get("sites/33/action-plans"), 404);
        problem(otherReferent.get("sites/33/action-plans/" + plan), 404);
        problem(otherReferent.get("sites/33/readiness"), 404);
        problem(otherReferent.post("sites/33/action-plans/" + plan + "/actions", "application/json",
                "{\"title\":\"Intrusion\",\"owner\":\"Pirate\",\"dueOn\":\"2024-01-01\"}"), 404);
        problem(otherReferent.get("sites/31/action-plans/" + plan), 404);
        assertThat(status(otherReferent.get("sites/31/action-plans"), 200).body()).doesNotContain("Plan secret");
        assertThat(status(otherReferent.get("sites/31/action-plans/overdue"), 200).body())
                .doesNotContain("Plan secret");
        assertThat(status(auditor.get("sites/33/action-plans"), 200).body()).contains("Plan secret");
        problem(auditor.post("sites/33/action-plans", "application/json", "{\"title\":\"Auditeur\","
                + "\"source\":\"AUDIT_FINDING\"}"), 403);
        problem(anonymous.get("sites/33/action-plans"), 401);
    }

    /** Layer 2 of ADR 0004 on every governance table: row-level security enabled and forced, one policy. */
    @Test
    void everyGovernanceTableIsUnderForcedRowLevelSecurity() {
        List<String> tables = List.of("action_plan", "plan_action", "users_committee", "committee_member",
                "committee_meeting", "cofil", "cofil_meeting", "annual_review", "agent", "agent_post",
                "training_record");
        DataSource owner = IntegrationDatabase.database().database(LocalDatabase.DATABASE, LocalDatabase.OWNER_ROLE,
                System.getProperty("qualepref.it.db.ownerPassword"));
        List<String> protectedTables = new ArrayList<>();
        try (Connection c = owner.getConnection(); PreparedStatement q = c.prepareStatement("SELECT c.relname FROM "
                + "pg_class c WHERE c.relname = ANY (?) AND c.relrowsecurity AND c.relforcerowsecurity AND EXISTS "
                + "(SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) ORDER BY c.relname")) {
            q.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    protectedTables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(protectedTables).containsExactlyInAnyOrderElementsOf(tables);
    }
}
