package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sites import} against a scripted server: what it sends for each row, what it refuses on its own, and the
 * summary. Idempotence against the real server is CliEndToEndIT's.
 */
class SitesImportCommandTest {

    private static final String HEADER = "code,name,type,department,region,parent,cert,engaged,modules,email,phone,"
            + "website\n";
    private static final String PACA = "Provence-Alpes-Côte d'Azur";
    private static final String SERVER_13 = "{\"code\":\"13\",\"name\":\"Préfecture des Bouches-du-Rhône\","
            + "\"type\":\"PREFECTURE\",\"region\":\"" + PACA + "\",\"hasCert\":true,\"engaged\":true,"
            + "\"active\":true,\"modules\":[1,2,5],\"contact\":{\"address\":\"Place Félix-Baret\"}}";
    private static final String SERVER_84 = "{\"code\":\"84\",\"name\":\"Préfecture de Vaucluse (Avignon)\","
            + "\"type\":\"PREFECTURE\",\"region\":\"" + PACA + "\",\"hasCert\":false,\"engaged\":true,"
            + "\"active\":true,\"modules\":[5,1,3],\"contact\":{\"email\":\"pref@84.gouv.fr\"}}";

    @TempDir
    Path config;

    @TempDir
    Path tenants;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void loggedIn() {
        cli = new CliRun(config);
        cli.env.put("QUALEPREF_SERVER", server.url());
        server.tokens("refresh-next").json("GET", "/sites", 200, "[" + SERVER_13 + "," + SERVER_84 + "]")
                .json("POST", "/sites", 201, "{}").json("PUT", "/sites/13", 200, "{}");
        new SessionStore(config).save(new Session(server.url(), "dmat-admin", "refresh-0"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void write(String file, String content) throws Exception {
        Files.writeString(tenants.resolve(file), content, StandardCharsets.UTF_8);
    }

    @Test
    void createsWhatIsMissingUpdatesWhatDiffersAndLeavesTheRest() throws Exception {
        write("sites.csv", HEADER
                + "13-AIX,Sous-préfecture d'Aix-en-Provence,SOUS_PREFECTURE,Bouches-du-Rhône," + PACA
                + ",13,false,true,1 4,,,\n"
                + "13,Préfecture des Bouches-du-Rhône (Marseille),PREFECTURE,Bouches-du-Rhône," + PACA
                + ",,true,true,1 2 5,accueil@13.gouv.fr,,\n"
                + "84,Préfecture de Vaucluse (Avignon),PREFECTURE,Vaucluse," + PACA + ",,false,true,1 3 5,,,\n");
        write("README.md", "not data");

        assertThat(cli.run("sites", "import", tenants.toString())).isZero();

        assertThat(Json.parse(server.last("POST", "/sites").body())).isEqualTo(Json.parse(
                "{\"code\":\"13-AIX\",\"name\":\"Sous-préfecture d'Aix-en-Provence\",\"type\":\"SOUS_PREFECTURE\","
                        + "\"region\":\"" + PACA + "\",\"hasCert\":false,\"engaged\":true,\"parent\":\"13\","
                        + "\"modules\":[1,4]}"));
        // the file's empty cells leave the server's contacts alone; the changed ones are sent
        assertThat(Json.parse(server.last("PUT", "/sites/13").body())).isEqualTo(Json.parse(
                "{\"name\":\"Préfecture des Bouches-du-Rhône (Marseille)\",\"region\":\"" + PACA + "\","
                        + "\"hasCert\":true,\"engaged\":true,\"modules\":[1,2,5],"
                        + "\"contact\":{\"address\":\"Place Félix-Baret\",\"email\":\"accueil@13.gouv.fr\"}}"));
        assertThat(server.requests).noneMatch(r -> r.path().equals("/api/v1/sites/84"));
        // the préfecture is written before the sous-préfecture that names it as parent
        List<String> writes = server.requests.stream().filter(r -> !r.method().equals("GET"))
                .filter(r -> r.path().startsWith("/api/v1/sites")).map(r -> r.method() + " " + r.path()).toList();
        assertThat(writes).containsExactly("PUT /api/v1/sites/13", "POST /api/v1/sites");
        assertThat(cli.out().lines()).containsExactly("updated  13  name, email", "created  13-AIX",
                "created 1, updated 1, unchanged 1, refused 0");
    }

    @Test
    void badRowsAndFilesAreRefusedWithTheirPlaceAndTheOthersGoOnExitingOne() throws Exception {
        write("a.csv", HEADER
                + "84,Préfecture de Vaucluse (Avignon),PREFECTURE,Vaucluse," + PACA + ",,maybe,true,1 3 5,,,\n"
                + "13-ARLES,Sous-préfecture d'Arles,SOUS_PREFECTURE,Bouches-du-Rhône," + PACA + ",13,false,true,1 x,,,\n"
                + "13-AIX,Sous-préfecture d'Aix,SOUS_PREFECTURE,Bouches-du-Rhône," + PACA + ",13,false,true,1 4,,,\n"
                + "13-AIX,Sous-préfecture d'Aix bis,SOUS_PREFECTURE,Bouches-du-Rhône," + PACA + ",13,false,true,1,,,\n"
                + "13-ISTRES,Sous-préfecture d'Istres,SOUS_PREFECTURE,Bouches du Rhone," + PACA + ",13,false,true,1,,,\n"
                + "84-APT,Sous-préfecture d'Apt,PREFECTURE,Vaucluse," + PACA + ",84,false,true,1 4,,,\n");
        write("b.csv", "code;name\n13;x\n");
        write("c.csv", HEADER + "84,Préfecture de Vaucluse (Avignon),SOUS_PREFECTURE,Vaucluse," + PACA
                + ",84,false,true,1 3 5,,,\n");

        assertThat(cli.run("sites", "import", tenants.toString(), "-o", "json")).isEqualTo(1);

        var answer = Json.parse(cli.out());
        assertThat(answer.path("created").asInt()).isEqualTo(2);
        assertThat(answer.path("refused").asInt()).isEqualTo(6);
        List<String> refusals = new java.util.ArrayList<>();
        answer.path("sites").forEach(s -> {
            if (s.path("outcome").asText().equals("refused")) {
                refusals.add(s.path("file").asText() + ":" + s.path("line").asInt() + " " + s.path("reason").asText());
            }
        });
        assertThat(refusals).containsExactlyInAnyOrder(
                "a.csv:2 column cert must be true or false, not 'maybe'",
                "a.csv:3 column modules lists module numbers separated by spaces, not '1 x'",
                "a.csv:5 code 13-AIX already given at a.csv:4",
                "a.csv:6 department 13 is named 'Bouches du Rhone' here but 'Bouches-du-Rhône' at a.csv:4",
                "b.csv:1 the header must be exactly " + HEADER.strip() + " (found code;name)",
                "c.csv:2 the type cannot change: the server has PREFECTURE, the file SOUS_PREFECTURE");
        // 84-APT (a wrong type for a '-' code) is the server's to refuse: it was sent
        assertThat(server.requests).anyMatch(r -> r.method().equals("POST") && r.body().contains("84-APT"));
    }

    @Test
    void aRefusalOfTheServerIsReportedAndTheOtherRowsAreStillSent() throws Exception {
        server.problem("POST", "/sites", 422, "{\"status\":422,\"detail\":\"Refused by II.2.\",\"violations\":["
                + "{\"rule\":\"MODULE_1_MANDATORY\",\"reference\":\"II.2\",\"en\":\"module 1 is mandatory\"}]}");
        write("sites.csv", HEADER
                + "13-AIX,Sous-préfecture d'Aix,SOUS_PREFECTURE,Bouches-du-Rhône," + PACA + ",13,false,true,4,,,\n"
                + "13,Préfecture des Bouches-du-Rhône,PREFECTURE,Bouches-du-Rhône," + PACA + ",,true,true,1 2,,,\n");

        assertThat(cli.run("sites", "import", tenants.resolve("sites.csv").toString())).isEqualTo(1);

        assertThat(cli.out().lines()).containsExactly("updated  13  modules",
                "refused  13-AIX  sites.csv:2  Refused by II.2.; refused: module 1 is mandatory "
                        + "(MODULE_1_MANDATORY, II.2)",
                "created 0, updated 1, unchanged 0, refused 1");
    }

    @Test
    void dryRunChangesNothingAndChecksTheModuleRulesWithTheServer() throws Exception {
        server.json("POST", "/referential/latest/module-selection-checks", 200, "{\"version\":\"2019\","
                + "\"accepted\":false,\"violations\":[{\"rule\":\"CERT_REQUIRES_MODULE_2\",\"reference\":\"II.2\","
                + "\"en\":\"a site with a CERT must take module 2\"}]}");
        write("sites.csv", HEADER
                + "13,Préfecture des Bouches-du-Rhône,PREFECTURE,Bouches-du-Rhône," + PACA + ",,true,true,1 5,,,\n"
                + "84,Préfecture de Vaucluse (Avignon),PREFECTURE,Vaucluse," + PACA + ",,false,true,1 3 5,,,\n");

        assertThat(cli.run("sites", "import", tenants.toString(), "--dry-run", "-o", "csv")).isEqualTo(1);

        assertThat(server.requests).noneMatch(r -> r.path().startsWith("/api/v1/sites") && !r.method().equals("GET"));
        assertThat(Json.parse(server.last("POST", "/referential/latest/module-selection-checks").body()))
                .isEqualTo(Json.parse("{\"siteType\":\"PREFECTURE\",\"hasCert\":true,\"modules\":[1,5]}"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        assertThat(rows).extracting(r -> r.get("code") + " " + r.get("outcome") + " " + r.get("reason"))
                .containsExactly("13 refused a site with a CERT must take module 2 (CERT_REQUIRES_MODULE_2, II.2)",
                        "84 unchanged ");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(cli.run("sites", "import", tenants.resolve("nope").toString())).isEqualTo(2);

        assertThat(cli.err()).contains("no such file or folder");
        assertThat(server.requests).isEmpty();
    }
}
