package fr.interieur.qualepref.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.Session;
import fr.interieur.qualepref.cli.connection.SessionStore;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesCommandsTest {

    private static final String SITE_13 = "{\"code\":\"13\",\"name\":\"Préfecture des Bouches-du-Rhône\","
            + "\"type\":\"PREFECTURE\",\"departmentCode\":\"13\",\"region\":\"Provence-Alpes-Côte d'Azur\","
            + "\"hasCert\":true,\"engaged\":true,\"active\":true,\"referentialVersion\":\"2019\","
            + "\"modules\":[1,2,5],\"contact\":{\"email\":\"accueil@13.gouv.fr\"},"
            + "\"updatedAt\":\"2026-03-01T09:00:00Z\"}";
    private static final String SITE_13_AIX = "{\"code\":\"13-AIX\","
            + "\"name\":\"Sous-préfecture d'Aix, \\\"centre\\\"\","
            + "\"type\":\"SOUS_PREFECTURE\",\"departmentCode\":\"13\",\"region\":\"Provence-Alpes-Côte d'Azur\","
            + "\"parent\":\"13\",\"hasCert\":false,\"engaged\":true,\"active\":true,\"referentialVersion\":\"2019\","
            + "\"modules\":[1,4],\"contact\":{},\"updatedAt\":\"2026-03-01T09:00:00Z\"}";

    @TempDir
    Path config;

    private final FakeServer server = new FakeServer();
    private CliRun cli;

    @BeforeEach
    void loggedIn() {
        cli = new CliRun(config);
        cli.env.put("QUALEPREF_SERVER", server.url());
        server.tokens("refresh-next").json("GET", "/sites", 200, "[" + SITE_13 + "," + SITE_13_AIX + "]");
        new SessionStore(config).save(new Session(server.url(), "dmat-admin", "refresh-0"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void listsSitesAsAnAlignedTable() {
        assertThat(cli.run("sites", "list")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("CODE    NAME").contains("MODULES");
        assertThat(lines.get(1)).startsWith("13      Préfecture des Bouches-du-Rhône").endsWith("1,2,5");
        assertThat(lines.get(2)).startsWith("13-AIX  Sous-préfecture").endsWith("1,4");
        assertThat(lines.get(1).indexOf("PREFECTURE")).isEqualTo(lines.get(2).indexOf("SOUS_PREFECTURE"));
    }

    @Test
    void sendsTheFiltersAsQueryParameters() {
        assertThat(cli.run("sites", "list", "--region", "Provence-Alpes-Côte d'Azur", "--type", "SOUS_PREFECTURE",
                "--no-cert", "--module", "4")).isZero();

        assertThat(server.last("GET", "/sites").query())
                .isEqualTo("region=Provence-Alpes-C%C3%B4te%20d%27Azur&type=SOUS_PREFECTURE&cert=false&module=4");
    }

    @Test
    void listsSitesAsTheServersJson() throws Exception {
        assertThat(cli.run("sites", "list", "--output", "json")).isZero();

        assertThat(Json.parse(cli.out())).isEqualTo(Json.parse("[" + SITE_13 + "," + SITE_13_AIX + "]"));
    }

    @Test
    void listsSitesAsCsvWithAHeaderRowThatParsesBack() throws Exception {
        assertThat(cli.run("sites", "list", "-o", "csv")).isZero();

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly("code", "name", "type", "region", "parent", "hasCert", "engaged", "active", "modules");
        assertThat(records.get(1).get("name")).isEqualTo("Sous-préfecture d'Aix, \"centre\"");
        assertThat(records.get(0).get("modules")).isEqualTo("1,2,5");
        assertThat(records.get(1).get("parent")).isEqualTo("13");
    }

    @Test
    void showsOneSiteFieldByField() {
        server.json("GET", "/sites/13-AIX", 200, SITE_13_AIX);

        assertThat(cli.run("sites", "show", "13-AIX")).isZero();

        assertThat(cli.out()).contains("code                13-AIX", "parent              13");
    }

    @Test
    void unknownSiteIsARefusalWithTheServersDetail() {
        server.problem("GET", "/sites/99-NONE", 404, "{\"status\":404,\"detail\":\"No site '99-NONE'.\"}");

        assertThat(cli.run("sites", "show", "99-NONE")).isEqualTo(1);

        assertThat(cli.err()).isEqualTo("No site '99-NONE'." + System.lineSeparator());
    }

    @Test
    void provisionsASiteWithTheRequestOfTheApi() throws Exception {
        server.json("POST", "/sites", 201, SITE_13_AIX);

        assertThat(cli.run("sites", "provision", "--code", "13-AIX", "--name", "Sous-préfecture d'Aix",
                "--type", "SOUS_PREFECTURE", "--region", "Provence-Alpes-Côte d'Azur", "--parent", "13",
                "--department", "13", "--modules", "1,4", "--email", "accueil@13-aix.gouv.fr")).isZero();

        assertThat(Json.parse(server.last("POST", "/sites").body())).isEqualTo(Json.parse(
                "{\"code\":\"13-AIX\",\"name\":\"Sous-préfecture d'Aix\",\"type\":\"SOUS_PREFECTURE\","
                        + "\"region\":\"Provence-Alpes-Côte d'Azur\",\"hasCert\":false,\"engaged\":true,"
                        + "\"parent\":\"13\",\"modules\":[1,4],"
                        + "\"contact\":{\"email\":\"accueil@13-aix.gouv.fr\"}}"));
        assertThat(server.last("POST", "/sites").authorization()).isEqualTo("Bearer access-2");
    }

    @Test
    void provisionRefusedByTheRulesExitsWithOneAndPrintsEachRule() {
        server.problem("POST", "/sites", 422, "{\"type\":\"urn:qualepref:problem:422\",\"status\":422,"
                + "\"detail\":\"Refused: a site with a CERT must take module 2 (II.2).\",\"violations\":["
                + "{\"rule\":\"CERT_REQUIRES_MODULE_2\",\"reference\":\"II.2\",\"fr\":\"un site doté d'un CERT doit "
                + "retenir le module 2\",\"en\":\"a site with a CERT must take module 2\"}]}");

        assertThat(cli.run("sites", "provision", "--code", "13", "--name", "Préfecture", "--type", "PREFECTURE",
                "--region", "PACA", "--cert", "--modules", "1,5")).isEqualTo(1);

        assertThat(cli.err().lines()).containsExactly("Refused: a site with a CERT must take module 2 (II.2).",
                "refused: a site with a CERT must take module 2 (CERT_REQUIRES_MODULE_2, II.2)");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void provisionOfAnExistingCodeExitsWithOne() {
        server.problem("POST", "/sites", 409, "{\"status\":409,\"detail\":\"Site 13 already exists.\"}");

        assertThat(cli.run("sites", "provision", "--code", "13", "--name", "Préfecture", "--type", "PREFECTURE",
                "--region", "PACA", "--modules", "1,5")).isEqualTo(1);

        assertThat(cli.err()).isEqualTo("Site 13 already exists." + System.lineSeparator());
    }

    @Test
    void aDepartmentThatContradictsTheCodeIsAUsageError() {
        assertThat(cli.run("sites", "provision", "--code", "13-AIX", "--name", "Aix", "--type", "SOUS_PREFECTURE",
                "--region", "PACA", "--parent", "13", "--department", "84", "--modules", "1,4")).isEqualTo(2);

        assertThat(cli.err()).contains("--department 84 does not match the code 13-AIX");
        assertThat(server.requests).noneMatch(r -> r.path().equals("/api/v1/sites"));
    }

    @Test
    void setsTheModulesOfASite() {
        server.json("PUT", "/sites/13/modules", 200, SITE_13);

        assertThat(cli.run("sites", "modules", "set", "13", "1,2,4")).isZero();

        assertThat(server.last("PUT", "/sites/13/modules").body()).isEqualTo("{\"modules\":[1,2,4]}");
    }

    @Test
    void deactivatesASite() {
        server.json("POST", "/sites/13-AIX/deactivation", 200,
                SITE_13_AIX.replace("\"active\":true", "\"active\":false"));

        assertThat(cli.run("sites", "deactivate", "13-AIX", "-o", "json")).isZero();

        assertThat(server.last("POST", "/sites/13-AIX/deactivation").authorization()).isEqualTo("Bearer access-2");
        assertThat(cli.out()).contains("\"active\" : false");
    }

    @Test
    void aBadRequestPrintsEachInvalidField() {
        server.problem("POST", "/sites", 400, "{\"status\":400,\"detail\":\"2 fields are invalid; see errors.\","
                + "\"errors\":[{\"field\":\"code\",\"message\":\"must be a department code\"},"
                + "{\"field\":\"name\",\"message\":\"must have 2 to 200 characters\"}]}");

        assertThat(cli.run("sites", "provision", "--code", "00", "--name", "X", "--type", "PREFECTURE",
                "--region", "PACA", "--modules", "1")).isEqualTo(1);

        assertThat(cli.err().lines()).containsExactly("2 fields are invalid; see errors.",
                "invalid code: must be a department code", "invalid name: must have 2 to 200 characters");
    }

    @Test
    void updateSendsTheWholeSiteWithOnlyTheGivenFieldsChanged() throws Exception {
        server.json("GET", "/sites/13", 200, SITE_13).json("PUT", "/sites/13", 200, SITE_13);

        assertThat(cli.run("sites", "update", "13", "--name", "Préfecture de Marseille", "--no-cert",
                "--modules", "1,3", "--phone", "04 00 00 00 00", "--email", "")).isZero();

        assertThat(Json.parse(server.last("PUT", "/sites/13").body())).isEqualTo(Json.parse(
                "{\"name\":\"Préfecture de Marseille\",\"region\":\"Provence-Alpes-Côte d'Azur\","
                        + "\"hasCert\":false,\"engaged\":true,\"modules\":[1,3],"
                        + "\"contact\":{\"phone\":\"04 00 00 00 00\"}}"));
    }

    @Test
    void updateWithNothingToChangeIsAUsageErrorAndSendsNothing() {
        assertThat(cli.run("sites", "update", "13")).isEqualTo(2);

        assertThat(cli.err()).contains("nothing to change");
        assertThat(server.requests).isEmpty();
    }
}
