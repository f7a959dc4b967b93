package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import fr.interieur.qualepref.cli.search.SearchReindexCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {

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
    void reindexesEverySiteAndFollowsTheRebuildToItsEnd() throws Exception {
        server.json("POST", "/search/rebuilds", 202, "{\"id\":4,\"state\":\"RUNNING\",\"total\":1000,\"done\":0}")
                .json("GET", "/search/rebuilds/latest", 200,
                        "{\"id\":4,\"state\":\"DONE\",\"total\":1000,\"done\":1000,\"detail\":\"1000 documents\"}");
        assertThat(cli.run("search", "reindex", "--interval", "1", "--progress", "always")).isZero();
        assertThat(cli.out()).contains("\r[------------------------------]   0%  0/1000 documents")
                .contains("\r[##############################] 100%  1000/1000 documents\n")
                .endsWith("Index rebuilt: 1000 documents.\n");
        assertThat(server.last("POST", "/search/rebuilds").body()).isEqualTo("{}");
        assertThat(server.last("POST", "/search/rebuilds").authorization()).isEqualTo("Bearer access-2");
    }

    @Test
    void reindexesOneSiteWithoutABarWhenNotOnATerminal() throws Exception {
        server.json("POST", "/search/rebuilds", 202, "{\"id\":5,\"state\":\"RUNNING\",\"total\":10,\"done\":0}")
                .json("GET", "/search/rebuilds/latest", 200,
                        "{\"id\":5,\"state\":\"DONE\",\"total\":10,\"done\":10}");
        assertThat(cli.run("search", "reindex", "30", "--interval", "1")).isZero();
        assertThat(cli.out()).isEqualTo("Index rebuilt for site 30: 10 documents.\n");
        assertThat(Json.parse(server.last("POST", "/search/rebuilds").body()))
                .isEqualTo(Json.parse("{\"site\":\"30\"}"));
    }

    @Test
    void aFailedRebuildIsReportedWithTheServersReason() {
        server.json("POST", "/search/rebuilds", 202, "{\"id\":6,\"state\":\"RUNNING\",\"total\":10,\"done\":0}")
                .json("GET", "/search/rebuilds/latest", 200,
                        "{\"id\":6,\"state\":\"FAILED\",\"total\":10,\"done\":3,\"detail\":\"disk full\"}");
        assertThat(cli.run("search", "reindex", "--interval", "1")).isEqualTo(1);
        assertThat(cli.err()).contains("Index rebuild 6 failed: disk full").contains("live index is unchanged");
    }

    @Test
    void aRunningRebuildIsAConflict() {
        server.problem("POST", "/search/rebuilds", 409,
                "{\"status\":409,\"detail\":\"An index rebuild is already running.\"}");
        assertThat(cli.run("search", "reindex")).isEqualTo(1);
        assertThat(cli.err()).contains("An index rebuild is already running.");
    }

    @Test
    void progressBarArithmetic() {
        assertThat(SearchReindexCommand.bar(1, 3))
                .isEqualTo("[#########---------------------]  33%  1/3 documents");
        assertThat(SearchReindexCommand.bar(0, 0))
                .startsWith("[##############################] 100%");
    }
}
