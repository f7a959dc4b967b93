package fr.interieur.qualepref.referential.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The référentiel API through HTTP, on the data imported at start-up from qualepref-2019.yaml. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferentialApiIT {

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

    private Reply ok(String path) {
        Reply r = api.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r;
    }

    private static List<JsonObject> objects(Reply r) {
        return r.array().stream().map(JsonObject.class::cast).toList();
    }

    @Test
    void listsTheImportedVersionWithLatestMarked() {
        List<JsonObject> versions = objects(ok("referential"));
        assertThat(versions).hasSize(1);
        JsonObject v = versions.get(0);
        assertThat(v.getString("version")).isEqualTo("2019");
        assertThat(v.getString("publishedOn")).isEqualTo("2018-12-19");
        assertThat(v.getString("updatedOn")).isEqualTo("2019-02-04");
        assertThat(v.getBoolean("latest")).isTrue();
        assertThat(v.getString("sourceSha256")).hasSize(64);
    }

    @Test
    void latestIsAVersionName() {
        assertThat(ok("referential/latest").object().getString("version")).isEqualTo("2019");
        assertThat(ok("referential/latest/modules").body()).isEqualTo(ok("referential/2019/modules").body());
    }

    @Test
    void listsTheEightModulesWithTheirCommitmentCounts() {
        List<JsonObject> modules = objects(ok("referential/2019/modules"));
        assertThat(modules).extracting(m -> m.getInt("number")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(modules).extracting(m -> m.getJsonNumber("commitmentCount").intValue())
                .containsExactly(20, 3, 10, 4, 3, 6, 4, 4);
        assertThat(modules.get(0).getString("kind")).isEqualTo("MANDATORY");
        assertThat(modules.get(1).getBoolean("certOnly")).isTrue();
        assertThat(modules.get(7).getJsonArray("appliesTo")).containsExactly(
                jsonString("PREFECTURE_DE_POLICE"));
    }

    @Test
    void filtersCommitmentsByModule() {
        List<JsonObject> all = objects(ok("referential/2019/commitments"));
        assertThat(all).hasSize(54);
        List<JsonObject> module4 = objects(ok("referential/2019/commitments?module=4"));
        assertThat(module4).extracting(c -> c.getInt("number")).containsExactly(34, 35, 36, 37);
        assertThat(module4).allMatch(c -> c.getInt("module") == 4);
    }

    @Test
    void showsACommitmentWithItemsControlMethodsAndIndicators() {
        JsonObject c = ok("referential/2019/commitments/17").object();
        assertThat(c.getString("title")).isEqualTo("Nous vous répondons dans un délai annoncé et maîtrisé");
        assertThat(c.getString("section")).isEqualTo("Courriers et courriels");
        assertThat(c.getString("moduleTitle")).isEqualTo("Relation générale avec les usagers");
        assertThat(c.getJsonArray("items").stream().map(JsonObject.class::cast).map(i -> i.getString("number")))
                .containsExactly("17.1", "17.2", "17.3");
        assertThat(c.getJsonArray("controlMethods")).isNotEmpty();
        JsonObject email = c.getJsonArray("indicators").getJsonObject(0);
        assertThat(email.getString("code")).isEqualTo("I17.1");
        assertThat(email.getString("kind")).isEqualTo("RATE_WITHIN_DEADLINE");
        assertThat(email.getJsonObject("deadline").getInt("value")).isEqualTo(5);
        assertThat(email.getJsonObject("deadline").getString("unit")).isEqualTo("WORKING_DAYS");
        assertThat(email.getString("channel")).isEqualTo("EMAIL");
    }

    @Test
    void showsTheDatedRulesOfCommitment3() {
        JsonObject c = ok("referential/latest/commitments/3").object();
        List<JsonObject> indicators = c.getJsonArray("indicators").stream().map(JsonObject.class::cast).toList();
        JsonObject until2019 = indicators.get(0);
        assertThat(until2019.getJsonObject("deadline").getInt("value")).isEqualTo(15);
        assertThat(until2019.getInt("validUntil")).isEqualTo(2019);
        assertThat(indicators.get(1).getInt("validFrom")).isEqualTo(2020);
        assertThat(indicators.get(1).getString("channel")).isEqualTo("ELECTRONIC");
    }

    @Test
    void listsTheOrganisationalRequirementsOfChaptersFourAndFive() {
        List<JsonObject> requirements = objects(ok("referential/2019/requirements"));
        assertThat(requirements).extracting(r -> r.getString("code"))
                .containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "V.1", "V.2", "V.3");
        assertThat(requirements.get(4).getString("title")).isEqualTo("Comité des usagers");
    }

    @Test
    void servesTheGlossary() {
        assertThat(objects(ok("referential/2019/glossary"))).extracting(g -> g.getString("term")).contains("CERT");
    }

    @Test
    void unknownVersionIsA404Problem() {
        Reply r = api.get("referential/1999/modules");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.object().getString("detail")).isEqualTo("No référentiel version '1999'.");
    }

    @Test
    void unknownCommitmentIsA404Problem() {
        for (String number : List.of("55", "0", "abc", "17.2", "99999999999999999999")) {
            Reply r = api.get("referential/2019/commitments/" + number);
            assertThat(r.status()).as(number).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void badModuleFilterIsA400Problem() {
        Reply notANumber = api.get("referential/2019/commitments?module=abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.object().getString("detail")).contains("module", "abc");
        Reply unknown = api.get("referential/2019/commitments?module=9");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.object().getString("detail")).isEqualTo("Module 9 does not exist in référentiel 2019.");
    }

    @Test
    void acceptsAValidModuleSelection() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{\"siteType\":\"SOUS_PREFECTURE\",\"hasCert\":false,\"modules\":[1,4]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.object().getBoolean("accepted")).isTrue();
        assertThat(r.object().getJsonArray("violations")).isEmpty();
        assertThat(r.object().getString("version")).isEqualTo("2019");
    }

    @Test
    void explainsARefusedModuleSelectionInFrenchAndEnglish() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{\"siteType\":\"PREFECTURE\",\"hasCert\":true,\"modules\":[1,3]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.object().getBoolean("accepted")).isFalse();
        JsonObject v = r.object().getJsonArray("violations").getJsonObject(0);
        assertThat(v.getString("rule")).isEqualTo("CERT_REQUIRES_MODULE_2");
        assertThat(v.getString("reference")).isEqualTo("II.2");
        assertThat(v.getString("en")).isEqualTo("a site with a CERT must take module 2");
        assertThat(v.getString("fr")).isEqualTo("un site doté d'un CERT doit retenir le module 2");
    }

    @Test
    void aNullModuleNumberIsA400Problem() {
        Reply r = api.post("referential/latest/module-selection-checks", "application/json",
                "{\"siteType\":\"PREFECTURE\",\"hasCert\":true,\"modules\":[1,null]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static JsonValue jsonString(String s) {
        return jakarta.json.Json.createValue(s);
    }
}
