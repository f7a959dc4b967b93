package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The référentiel is public: these commands need no session. */
class ReferentialCommandsTest {

    private static final String MODULES = "[{\"number\":1,\"title\":\"Relation générale avec les usagers\","
            + "\"kind\":\"MANDATORY\",\"certOnly\":false,\"appliesTo\":[\"PREFECTURE\",\"SOUS_PREFECTURE\"],"
            + "\"commitmentCount\":20},{\"number\":2,\"title\":\"Délivrance de titres (hors titres étrangers)\","
            + "\"kind\":\"BUSINESS\",\"certOnly\":true,\"appliesTo\":[\"PREFECTURE\"],\"commitmentCount\":3}]";
    private static final String COMMITMENT_17 = "{\"number\":17,\"module\":1,"
            + "\"moduleTitle\":\"Relation générale avec les usagers\",\"section\":\"Courriers et courriels\","
            + "\"title\":\"Nous vous répondons dans un délai annoncé et maîtrisé\",\"optional\":false,"
            + "\"items\":[{\"number\":\"17.1\",\"text\":\"Concernant les courriers :\\nNous nous engageons…\"},"
            + "{\"number\":\"17.2\",\"text\":\"Concernant les courriels : 5 jours ouvrés\"}],"
            + "\"controlMethods\":[\"Examen du délai moyen de réponse aux courriers.\"],\"indicators\":[]}";

    @TempDir
    Path config;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(config);
        server.json("GET", "/referential/latest/modules", 200, MODULES)
                .json("GET", "/referential/latest/commitments/17", 200, COMMITMENT_17);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void listsTheModulesWithoutASessionUsingTheServerOption() {
        assertThat(cli.run("--server", server.url(), "referential", "list")).isZero();

        assertThat(cli.out().lines().toList()).hasSize(3).first().asString().startsWith("NUMBER  TITLE");
        assertThat(cli.out()).contains("Délivrance de titres (hors titres étrangers)  BUSINESS");
        assertThat(server.last("GET", "/referential/latest/modules").authorization()).isNull();
    }

    @Test
    void theServerOptionMayFollowTheSubcommand() {
        assertThat(cli.run("referential", "list", "--server", server.url())).isZero();

        assertThat(server.requests).hasSize(1);
    }

    @Test
    void showsACommitmentWithItsItemsAndControlMethods() {
        assertThat(cli.run("--server", server.url(), "referential", "show", "17")).isZero();

        assertThat(cli.out()).contains("Commitment 17: Nous vous répondons dans un délai annoncé et maîtrisé",
                "Items:", "17.2  Concernant les courriels", "Control methods:",
                "- Examen du délai moyen de réponse aux courriers.");
    }

    @Test
    void showsACommitmentAsCsvRowsAndAsJson() throws Exception {
        assertThat(cli.run("--server", server.url(), "referential", "show", "17", "-o", "csv")).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        assertThat(rows).extracting(r -> r.get("kind") + " " + r.get("number"))
                .containsExactly("item 17.1", "item 17.2", "controlMethod 1");
        assertThat(rows.get(0).get("text")).isEqualTo("Concernant les courriers :\nNous nous engageons…");

        assertThat(cli.run("--server", server.url(), "referential", "show", "17", "-o", "json")).isZero();
        assertThat(Json.parse(cli.out())).isEqualTo(Json.parse(COMMITMENT_17));
    }

    @Test
    void anUnknownCommitmentIsARefusal() {
        server.problem("GET", "/referential/latest/commitments/99", 404,
                "{\"status\":404,\"detail\":\"No commitment 99 in référentiel 2019.\"}");

        assertThat(cli.run("--server", server.url(), "referential", "show", "99")).isEqualTo(1);

        assertThat(cli.err()).isEqualTo("No commitment 99 in référentiel 2019." + System.lineSeparator());
    }
}
