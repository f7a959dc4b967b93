package fr.interieur.qualepref.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.Migrations;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform seen from outside: health, OpenAPI, metrics, and RFC 9457 problem+json for every kind of error,
 * through real HTTP against the WAR deployed on Payara Micro with a real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void isReadyOnceMigratedAndTheReferentialIsLoaded() {
        Reply ready = api.get(api.server("/health/ready"));
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject check = ready.object().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("schemaVersion")).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void isLive() {
        Reply live = api.get(api.server("/health/live"));
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.object().getString("status")).isEqualTo("UP");
    }

    @Test
    void publishesTheOpenApiDocumentOfTheRoutes() {
        Reply doc = api.send(HttpRequest.newBuilder(api.server("/openapi")).header("Accept", "application/json"));
        assertThat(doc.status()).isEqualTo(200);
        JsonObject paths = doc.object().getJsonObject("paths");
        assertThat(paths.keySet()).anyMatch(p -> p.endsWith("/api/v1/referential/{version}/commitments/{number}"));
        assertThat(doc.object().getJsonObject("info").getString("title")).isEqualTo("Qual-e-pref API");
    }

    @Test
    void exposesMetrics() {
        Reply metrics = api.send(HttpRequest.newBuilder(api.server("/metrics")).header("Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm");
    }

    @Test
    void unknownApiRouteIsAProblem404() {
        Reply r = api.get("no/such/route");
        assertProblem(r, 404);
        assertThat(r.object().getString("detail")).contains("/no/such/route");
    }

    @Test
    void unknownPathOutsideTheApiIsAProblem404Too() {
        Reply r = api.get(api.server(base.getPath() + "definitely-not-here.html"));
        assertProblem(r, 404);
    }

    @Test
    void wrongMethodIsAProblem405() {
        Reply r = api.send(HttpRequest.newBuilder(api.api("referential")).DELETE());
        assertProblem(r, 405);
    }

    @Test
    void malformedJsonIsAProblem400NamingThePosition() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{\"siteType\": \"PREFECTURE\",\n \"hasCert\": tru }");
        assertProblem(r, 400);
        assertThat(r.object().getString("detail")).containsIgnoringCase("line 2");
    }

    @Test
    void wrongMediaTypeIsAProblem415() {
        Reply r = api.post("referential/latest/module-selection-checks", "text/plain", "modules=1,2");
        assertProblem(r, 415);
    }

    @Test
    void bodyOverTheLimitIsAProblem413() {
        String huge = "{\"siteType\":\"PREFECTURE\",\"hasCert\":true,\"modules\":[1],\"pad\":\""
                + "x".repeat(1_100_000) + "\"}";
        // Expect: 100-continue, as upload clients send it: the server refuses before the body is sent.
        Reply r = api.send(HttpRequest.newBuilder(api.api("referential/latest/module-selection-checks"))
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertProblem(r, 413);
        assertThat(r.object().getString("detail")).contains("1048576");
    }

    @Test
    void constraintViolationsAreAProblem400ListingEachField() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{}");
        assertProblem(r, 400);
        assertThat(r.object().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field")).toList())
                .containsExactly("hasCert", "modules", "siteType");
        assertThat(r.object().getString("detail")).isEqualTo("3 fields are invalid; see errors.");
    }

    @Test
    void aMissingBodyIsAProblem400() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json", "");
        assertProblem(r, 400);
    }

    @Test
    void aValueOfTheWrongKindIsAProblem400() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{\"siteType\": \"MAIRIE\", \"hasCert\": false, \"modules\": [1, 3]}");
        assertProblem(r, 400);
    }

    @Test
    void noStackTraceEverReachesTheClient() {
        for (Reply r : new Reply[] {
                api.post("referential/latest/module-selection-checks", "application/json", "[[[["),
                api.post("referential/latest/module-selection-checks", "application/json", ""),
                api.get("referential/latest/commitments/99999999999999999999")}) {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("at fr.", "at org.", "Exception:", "<html");
        }
    }

    static void assertProblem(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        JsonObject p = r.object();
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getString("type")).startsWith("urn:qualepref:problem:");
    }
}
