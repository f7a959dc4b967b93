package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandsTest {

    private static final String ANNE = "{\"login\":\"anne.martin\",\"displayName\":\"Anne Martin\","
            + "\"email\":\"anne.martin@13.gouv.fr\",\"active\":true,\"createdAt\":\"2026-12-01T09:00:00Z\","
            + "\"grants\":[{\"id\":7,\"role\":\"QUALITY_REFERENT\",\"site\":\"13\",\"validFrom\":\"2026-12-01T09:00:00Z\","
            + "\"grantedBy\":\"dmat-admin\",\"grantedAt\":\"2026-12-01T09:00:00Z\"},"
            + "{\"id\":8,\"role\":\"REGIONAL_PILOT\",\"region\":\"Bretagne\",\"validFrom\":\"2026-12-01T09:00:00Z\","
            + "\"grantedBy\":\"dmat-admin\",\"grantedAt\":\"2026-12-01T09:00:00Z\"}]}";

    @TempDir
    Path config;

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
    void addCreatesTheUserWithThePasswordFromStdinThenGrantsTheRole() throws Exception {
        server.json("POST", "/users", 201, ANNE.replaceAll("\"grants\":\\[.*]", "\"grants\":[]"))
                .json("POST", "/users/anne.martin/grants", 201, ANNE);
        cli.stdin = "correct horse battery\n";

        assertThat(cli.run("users", "add", "anne.martin", "--name", "Anne Martin", "--email",
                "anne.martin@13.gouv.fr", "--password-stdin", "--role", "QUALITY_REFERENT", "--site", "13")).isZero();

        assertThat(Json.parse(server.last("POST", "/users").body())).isEqualTo(Json.parse(
                "{\"login\":\"anne.martin\",\"displayName\":\"Anne Martin\",\"email\":\"anne.martin@13.gouv.fr\","
                        + "\"password\":\"correct horse battery\"}"));
        assertThat(Json.parse(server.last("POST", "/users/anne.martin/grants").body()))
                .isEqualTo(Json.parse("{\"role\":\"QUALITY_REFERENT\",\"site\":\"13\"}"));
        assertThat(cli.out()).contains("roles        QUALITY_REFERENT@13 REGIONAL_PILOT@Bretagne");
        assertThat(cli.out()).doesNotContain("correct horse");
    }

    @Test
    void aRefusedRoleSaysTheUserExistsAndExitsOne() {
        server.json("POST", "/users", 201, ANNE)
                .problem("POST", "/users/anne.martin/grants", 404, "{\"status\":404,\"detail\":\"No site 99.\"}");
        cli.stdin = "correct horse battery\n";

        assertThat(cli.run("users", "add", "anne.martin", "--name", "Anne Martin", "--password-stdin",
                "--role", "AGENT", "--site", "99")).isEqualTo(1);

        assertThat(cli.err()).startsWith("user anne.martin created, but the role was refused: No site 99.");
    }

    @Test
    void aMisspeltRoleIsAUsageErrorBeforeAnyRequest() {
        assertThat(cli.run("users", "roles", "grant", "anne.martin", "REFERENT", "--site", "13")).isEqualTo(2);

        assertThat(server.requests).isEmpty();
    }

    @Test
    void listSendsTheFiltersAndPrintsCsv() throws Exception {
        server.json("GET", "/users", 200, "[" + ANNE + "]");

        assertThat(cli.run("users", "list", "--site", "13", "--role", "QUALITY_REFERENT", "-o", "csv")).isZero();

        assertThat(server.last("GET", "/users").query()).isEqualTo("site=13&role=QUALITY_REFERENT");
        assertThat(cli.out().lines()).containsExactly("login,displayName,email,active,roles,createdAt",
                "anne.martin,Anne Martin,anne.martin@13.gouv.fr,true,QUALITY_REFERENT@13 REGIONAL_PILOT@Bretagne,"
                        + "2026-12-01T09:00:00Z");
    }

    @Test
    void rolesListGrantWithAWindowAndRevoke() throws Exception {
        server.json("GET", "/users/anne.martin", 200, ANNE).json("POST", "/users/anne.martin/grants", 201, ANNE)
                .json("DELETE", "/users/anne.martin/grants/7", 204, "");

        assertThat(cli.run("users", "roles", "list", "anne.martin")).isZero();
        assertThat(cli.out().lines().toList().get(1)).startsWith("7   QUALITY_REFERENT  13");

        assertThat(cli.run("users", "roles", "grant", "anne.martin", "AUDITOR", "--site", "13",
                "--from", "2027-03-01T08:00:00+01:00", "--until", "2027-04-30T18:00:00+02:00")).isZero();
        assertThat(Json.parse(server.last("POST", "/users/anne.martin/grants").body())).isEqualTo(Json.parse(
                "{\"role\":\"AUDITOR\",\"site\":\"13\",\"validFrom\":\"2027-03-01T08:00+01:00\","
                        + "\"validUntil\":\"2027-04-30T18:00+02:00\"}"));

        assertThat(cli.run("users", "roles", "revoke", "anne.martin", "7")).isZero();
        assertThat(server.last("DELETE", "/users/anne.martin/grants/7").authorization()).startsWith("Bearer ");
    }
}
