package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {

    @TempDir
    Path config;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(config.resolve("qualepref"));
        cli.env.put("QUALEPREF_SERVER", server.url());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void storesTheRefreshTokenInAnOwnerOnlyFileAndNeverThePassword() throws Exception {
        server.tokens("refresh-2");
        cli.stdin = "correct horse battery staple\n";

        assertThat(cli.run("login", "--user", "dmat-admin", "--password-stdin")).isZero();

        assertThat(server.last("POST", "/auth/token").body())
                .isEqualTo("{\"login\":\"dmat-admin\",\"password\":\"correct horse battery staple\"}");
        Path session = config.resolve("qualepref/session.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session))).isEqualTo("rw-------");
        String stored = Files.readString(session);
        assertThat(stored).contains("refresh_token=refresh-1", "login=dmat-admin")
                .doesNotContain("correct horse", "access-1");
        assertThat(cli.out()).contains("Logged in as dmat-admin");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void readsThePasswordFromTheEnvironmentVariableItIsNamed() throws Exception {
        server.tokens("refresh-2");
        cli.env.put("QP_PASSWORD", "from the environment!");

        assertThat(cli.run("login", "--user", "dmat-admin", "--password-env", "QP_PASSWORD")).isZero();

        assertThat(server.last("POST", "/auth/token").body()).contains("\"password\":\"from the environment!\"");
        assertThat(Files.readString(config.resolve("qualepref/session.properties")))
                .doesNotContain("from the environment");
    }

    @Test
    void aMissingPasswordVariableIsAUsageErrorAndSendsNothing() {
        assertThat(cli.run("login", "--user", "dmat-admin", "--password-env", "QP_NOT_SET")).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("the environment variable QP_NOT_SET is not set" + System.lineSeparator());
        assertThat(server.requests).isEmpty();
    }

    @Test
    void theTwoPasswordSourcesExcludeEachOther() {
        assertThat(cli.run("login", "--user", "u", "--password-stdin", "--password-env", "X")).isEqualTo(2);

        assertThat(cli.err()).contains("--password-stdin and --password-env exclude each other");
    }

    @Test
    void aSessionForAnotherServerDoesNotCount() {
        new SessionStore(config.resolve("qualepref")).save(new Session("http://elsewhere:8080", "dmat-admin", "r"));

        assertThat(cli.run("sites", "list")).isEqualTo(3);

        assertThat(cli.err()).contains("the session is for http://elsewhere:8080");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void refusedLoginExitsWithThreeAndTheServersDetail() {
        server.problem("POST", "/auth/token", 401,
                "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"invalid login or password\"}");
        cli.stdin = "wrong password!\n";

        assertThat(cli.run("login", "--user", "dmat-admin", "--password-stdin")).isEqualTo(3);

        assertThat(cli.err()).isEqualTo("invalid login or password" + System.lineSeparator());
        assertThat(config.resolve("qualepref/session.properties")).doesNotExist();
    }

    @Test
    void storesTheRotatedRefreshTokenAfterEachCommand() {
        server.tokens("refresh-3").json("GET", "/sites", 200, "[]");
        new SessionStore(config.resolve("qualepref")).save(new Session(server.url(), "dmat-admin", "refresh-2"));

        assertThat(cli.run("sites", "list")).isZero();

        assertThat(server.last("POST", "/auth/token/refresh").body()).isEqualTo("{\"refresh_token\":\"refresh-2\"}");
        assertThat(server.last("GET", "/sites").authorization()).isEqualTo("Bearer access-2");
        assertThat(new SessionStore(config.resolve("qualepref")).load().orElseThrow().refreshToken())
                .isEqualTo("refresh-3");
    }

    @Test
    void aSpentRefreshTokenAsksToLogInAgainWithExitThree() {
        server.problem("POST", "/auth/token/refresh", 401, "{\"status\":401,\"detail\":\"invalid refresh token\"}");
        new SessionStore(config.resolve("qualepref")).save(new Session(server.url(), "dmat-admin", "spent"));

        assertThat(cli.run("sites", "list")).isEqualTo(3);

        assertThat(cli.err()).isEqualTo("the session of dmat-admin has expired or was revoked; run: qualepref login"
                + System.lineSeparator());
    }

    @Test
    void withoutASessionACommandNeedingAuthExitsWithThree() {
        assertThat(cli.run("sites", "list")).isEqualTo(3);

        assertThat(cli.err()).startsWith("not logged in to " + server.url()).doesNotContain("Exception");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void logoutRevokesTheTokenAndDeletesTheSessionFile() {
        server.tokens("unused");
        new SessionStore(config.resolve("qualepref")).save(new Session(server.url(), "dmat-admin", "refresh-7"));

        assertThat(cli.run("logout")).isZero();

        assertThat(server.last("POST", "/auth/token/revocation").body()).isEqualTo("{\"refresh_token\":\"refresh-7\"}");
        assertThat(config.resolve("qualepref/session.properties")).doesNotExist();
        assertThat(cli.out()).contains("Logged out dmat-admin.");
    }

    @Test
    void logoutDeletesTheSessionFileEvenWhenTheServerIsUnreachable() {
        new SessionStore(config.resolve("qualepref")).save(new Session("http://127.0.0.1:9", "dmat-admin", "r"));
        cli.env.put("QUALEPREF_SERVER", "http://127.0.0.1:9");

        assertThat(cli.run("logout")).isEqualTo(3);

        assertThat(config.resolve("qualepref/session.properties")).doesNotExist();
    }
}
