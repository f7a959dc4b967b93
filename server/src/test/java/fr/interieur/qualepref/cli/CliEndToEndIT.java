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
class CliEndToEndIT {

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
                "QP_ADMIN_PASSWORD", System.getProperty("qualepref.it.admin.password")));
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
    void afterLogoutTheServerIsOutOfReach() throws Exception {
        assertThat(cli("logout").exit()).isZero();
        assertThat(config.resolve("session.properties")).doesNotExist();
        Run list = cli("sites", "list");
        assertThat(list.exit()).as(list.toString()).isEqualTo(3);
        assertThat(list.err().lines().count()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void aUsageErrorExitsTwo() throws Exception {
        assertThat(cli("sites", "provision", "--frobnicate").exit()).isEqualTo(2);
    }
}
