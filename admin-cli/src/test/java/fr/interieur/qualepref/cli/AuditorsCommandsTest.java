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

/** {@code qualepref auditors}: the regional pools of internal auditors (V.2), and {@code audits list --unassigned}. */
class AuditorsCommandsTest {

    static final String PACA = "Provence-Alpes-Côte d'Azur";
    static final String MEMBER = "{\"id\":7,\"login\":\"c.durand\",\"displayName\":\"Claire Durand\",\"region\":\""
            + PACA + "\",\"active\":true,\"trainedOn\":\"2026-10-05\",\"attestation\":\"Émargement session 12\","
            + "\"addedBy\":\"pilot-paca\"}";

    @TempDir
    Path config;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void loggedIn() {
        cli = new CliRun(config);
        cli.env.put("QUALEPREF_SERVER", server.url());
        server.tokens("refresh-next");
        new SessionStore(config).save(new Session(server.url(), "pilot-paca", "refresh-0"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void addSendsTheTrainingAndTheRegionInTheBody() throws Exception {
        server.json("POST", "/auditor-pool", 201, MEMBER);

        assertThat(cli.run("auditors", "add", "c.durand", "--region", PACA, "--trained-on", "2026-10-05",
                "--attestation", "Émargement session 12")).isZero();

        assertThat(Json.parse(server.last("POST", "/auditor-pool").body())).isEqualTo(Json.parse(
                "{\"login\":\"c.durand\",\"region\":\"" + PACA + "\",\"trainedOn\":\"2026-10-05\","
                        + "\"attestation\":\"Émargement session 12\"}"));
        assertThat(cli.out()).contains("c.durand", "Émargement session 12");
        assertThat(cli.run("auditors", "add", "c.durand", "--region", PACA, "--trained-on", "05/10/2026",
                "--attestation", "x")).isEqualTo(2);
    }

    @Test
    void listEncodesTheRegionAndAllAsksForTheWithdrawnToo() {
        server.json("GET", "/auditor-pool", 200, "[" + MEMBER + "]");

        assertThat(cli.run("auditors", "list", "--region", PACA)).isZero();
        assertThat(server.last("GET", "/auditor-pool").query())
                .isEqualTo("status=active&region=Provence-Alpes-C%C3%B4te%20d%27Azur");
        assertThat(cli.out().lines().toList().get(1)).startsWith("7   c.durand");

        assertThat(cli.run("auditors", "list", "--all")).isZero();
        assertThat(server.last("GET", "/auditor-pool").query()).isEqualTo("status=all");
    }

    @Test
    void withdrawFindsTheActiveMembershipThenPostsTheReason() throws Exception {
        server.json("GET", "/auditor-pool", 200, "[" + MEMBER + "]")
                .json("POST", "/auditor-pool/7/withdrawal", 200, MEMBER.replace("\"active\":true",
                        "\"active\":false,\"withdrawnOn\":\"2026-12-01\",\"withdrawnReason\":\"Mutation\""));

        assertThat(cli.run("auditors", "withdraw", "c.durand", "--region", PACA, "--reason", "Mutation")).isZero();

        assertThat(server.last("GET", "/auditor-pool").query()).contains("login=c.durand", "status=active");
        assertThat(Json.parse(server.last("POST", "/auditor-pool/7/withdrawal").body()))
                .isEqualTo(Json.parse("{\"reason\":\"Mutation\"}"));
        assertThat(cli.out()).contains("2026-12-01", "Mutation");
    }

    @Test
    void withdrawingSomeoneOutsideThePoolIsRefusedWithoutPosting() {
        server.json("GET", "/auditor-pool", 200, "[]");

        assertThat(cli.run("auditors", "withdraw", "nobody", "--region", PACA, "--reason", "Mutation")).isEqualTo(1);

        assertThat(cli.err()).contains("nobody is no active member of the auditor pool of " + PACA);
        assertThat(server.requests).noneMatch(r -> r.method().equals("POST") && r.path().contains("withdrawal"));
    }

    @Test
    void auditsWaitingForAMandateAreListedWithUnassigned() {
        server.json("GET", "/audits", 200, "[{\"id\":12,\"site\":\"13\",\"type\":\"internal\","
                + "\"date\":\"2027-01-15\",\"status\":\"SCHEDULED\",\"region\":\"" + PACA + "\"}]");

        assertThat(cli.run("audits", "list", "--unassigned")).isZero();

        assertThat(server.last("GET", "/audits").query()).isEqualTo("unassigned=true");
        assertThat(cli.out()).contains("internal", "2027-01-15");
    }
}
