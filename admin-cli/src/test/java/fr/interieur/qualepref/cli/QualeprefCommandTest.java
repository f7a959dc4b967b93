package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class QualeprefCommandTest {

    @TempDir
    Path config;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new QualeprefCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("qualepref \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:", "refused by the server's rules",
                "cannot reach or authenticate");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--help|login,logout,sites,referential,completion",
            "sites --help|list,show,provision,modules,deactivate",
            "sites modules --help|set",
            "referential --help|list,show"})
    void helpAtEveryLevelListsTheSubcommands(String args, String subcommands) {
        assertThat(run(args.split(" "))).isZero();
        for (String sub : subcommands.split(",")) {
            assertThat(out.toString()).containsPattern("(?m)^\\s+" + sub + "\\s");
        }
    }

    @Test
    void aGroupWithoutSubcommandIsAUsageError() {
        assertThat(run("sites")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand");
    }

    @Test
    void unknownOptionOfASubcommandIsAUsageError() {
        assertThat(run("sites", "list", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        assertThat(run("referential", "list", "--output", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("table, json, csv");
    }

    @Test
    void anUnreachableServerExitsWithThreeOnOneLineWithoutAStackTrace() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CliRun cli = new CliRun(config);

        assertThat(cli.run("--server", "http://127.0.0.1:" + closedPort, "referential", "list")).isEqualTo(3);

        assertThat(cli.err()).isEqualTo("cannot reach the server at http://127.0.0.1:" + closedPort
                + ": connection refused or timed out" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void anInvalidServerUrlIsAUsageError() {
        CliRun cli = new CliRun(config);
        assertThat(cli.run("--server", "localhost:8080", "referential", "list")).isEqualTo(2);
        assertThat(cli.err()).startsWith("invalid server URL 'localhost:8080'");
    }

    @Test
    void theServerComesFromTheConfigFileWhenNeitherOptionNorEnvironmentNameIt() throws IOException {
        Files.writeString(config.resolve("config.properties"), "server=http://127.0.0.1:1\n");
        CliRun cli = new CliRun(config);

        assertThat(cli.run("referential", "list")).isEqualTo(3);
        assertThat(cli.err()).startsWith("cannot reach the server at http://127.0.0.1:1:");

        cli.env.put("QUALEPREF_SERVER", "http://127.0.0.1:2");
        assertThat(cli.run("referential", "list")).isEqualTo(3);
        assertThat(cli.err()).startsWith("cannot reach the server at http://127.0.0.1:2:");

        assertThat(cli.run("--server", "http://127.0.0.1:3", "referential", "list")).isEqualTo(3);
        assertThat(cli.err()).startsWith("cannot reach the server at http://127.0.0.1:3:");
    }

    @Test
    void completionScriptCompletesTheCommands() {
        assertThat(run("completion")).isZero();
        assertThat(out.toString()).contains("qualepref", "complete -F", "provision");
    }
}
