package fr.interieur.qualepref.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.localrunner.DatabaseCredentials;
import fr.interieur.qualepref.security.application.KeyEncryption;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import fr.interieur.qualepref.testing.ServerDeployment;
import io.jsonwebtoken.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity through HTTP, as a client sees it: the bootstrap administrator's login, throttling, refresh rotation and
 * reuse detection, revocation, JWKS and key rotation, forged tokens, 401 versus 403, and user administration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    static final String ADMIN_PASSWORD = System.getProperty("qualepref.it.admin.password", "it-admin-secret-42");

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

    Reply login(String login, String password) {
        return api.post("auth/token", "application/json", Json.createObjectBuilder().add("login", login)
                .add("password", password).build().toString());
    }

    String adminToken() {
        Reply r = login("dmat-admin", ADMIN_PASSWORD);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.object().getString("access_token");
    }

    Reply as(String token, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.api(path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return api.send(b);
    }

    /** Creates a user with a password through the API, as the DMAT. */
    String createUser(String admin, String password) {
        String login = "u" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = as(admin, "POST", "users", Json.createObjectBuilder().add("login", login)
                .add("displayName", "Test " + login).add("email", login + "@interieur.gouv.fr")
                .add("password", password).build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return login;
    }

    static void assertProblem(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.object().getInt("status")).isEqualTo(status);
        assertThat(r.object().getString("detail")).isNotBlank();
    }

    @Test
    void theBootstrapAdministratorLogsIn() {
        Reply r = login("dmat-admin", ADMIN_PASSWORD);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject t = r.object();
        assertThat(t.getString("token_type")).isEqualTo("Bearer");
        assertThat(t.getInt("expires_in")).isEqualTo(900);
        assertThat(t.getString("access_token")).contains(".");
        assertThat(t.getString("refresh_token")).hasSizeGreaterThanOrEqualTo(43);
        Reply me = as(t.getString("access_token"), "GET", "users/dmat-admin", null);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.object().getJsonArray("grants").getJsonObject(0).getString("role")).isEqualTo("DMAT_ADMIN");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameProblem() {
        Reply wrong = login("dmat-admin", "not-the-password");
        Reply unknown = login("nobody-here", "not-the-password");
        assertProblem(wrong, 401);
        assertProblem(unknown, 401);
        assertThat(wrong.object().getString("detail")).isEqualTo("invalid login or password")
                .isEqualTo(unknown.object().getString("detail"));
        adminToken(); // a success resets the administrator's failure count
    }

    @Test
    void repeatedFailuresLockTheLoginForAWhile() throws InterruptedException {
        String login = createUser(adminToken(), "throttle-me-please-1");
        for (int i = 0; i < 6; i++) {
            assertProblem(login(login, "wrong password " + i), 401);
        }
        // Locked (2 s after the 6th failure): even the right password is refused, with the same answer.
        Reply locked = login(login, "throttle-me-please-1");
        assertProblem(locked, 401);
        assertThat(locked.object().getString("detail")).isEqualTo("invalid login or password");
        // That refusal counted too (7th failure: 4 s); once the lock is over, the right password works again.
        Thread.sleep(4_500);
        Reply after = login(login, "throttle-me-please-1");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenRotatesAndItsReuseRevokesTheFamily() {
        String first = login("dmat-admin", ADMIN_PASSWORD).object().getString("refresh_token");
        Reply second = refresh(first);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        String next = second.object().getString("refresh_token");
        assertThat(next).isNotEqualTo(first);
        assertThat(as(second.object().getString("access_token"), "GET", "users", null).status()).isEqualTo(200);

        assertProblem(refresh(first), 401); // a stolen copy comes back ...
        assertProblem(refresh(next), 401); // ... and the legitimate successor dies with it
    }

    @Test
    void aRevokedRefreshTokenNoLongerRefreshes() {
        String refresh = login("dmat-admin", ADMIN_PASSWORD).object().getString("refresh_token");
        Reply revoked = api.post("auth/token/revocation", "application/json", refreshBody(refresh));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertProblem(refresh(refresh), 401);
        assertProblem(refresh("never-issued-" + UUID.randomUUID()), 401);
    }

    Reply refresh(String token) {
        return api.post("auth/token/refresh", "application/json", refreshBody(token));
    }

    static String refreshBody(String token) {
        return Json.createObjectBuilder().add("refresh_token", token).build().toString();
    }

    static String kidOf(String jws) {
        String header = new String(Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.'))),
                StandardCharsets.UTF_8);
        return Json.createReader(new java.io.StringReader(header)).readObject().getString("kid");
    }

    List<String> jwksKids() {
        Reply jwks = api.get(api.server(base.getPath() + ".well-known/jwks.json"));
        assertThat(jwks.status()).as(jwks.toString()).isEqualTo(200);
        List<JsonObject> keys = jwks.object().getJsonArray("keys").getValuesAs(JsonObject.class);
        for (JsonObject k : keys) {
            assertThat(k.getString("kty")).isEqualTo("EC");
            assertThat(k.getString("crv")).isEqualTo("P-256");
            assertThat(k.getString("alg")).isEqualTo("ES256");
            assertThat(k.getString("use")).isEqualTo("sig");
            assertThat(Base64.getUrlDecoder().decode(k.getString("x"))).hasSize(32);
            assertThat(Base64.getUrlDecoder().decode(k.getString("y"))).hasSize(32);
        }
        return keys.stream().map(k -> k.getString("kid")).toList();
    }

    @Test
    void theJwksPublishesTheKeyOfTheTokensAndRotationKeepsOldTokensValid() {
        String before = adminToken();
        assertThat(jwksKids()).contains(kidOf(before));

        Reply rotation = as(before, "POST", "admin/signing-keys/rotation", null);
        assertThat(rotation.status()).as(rotation.toString()).isEqualTo(200);
        String newKid = rotation.object().getString("activeKid");
        assertThat(newKid).isNotEqualTo(kidOf(before));

        assertThat(jwksKids()).contains(kidOf(before), newKid);
        assertThat(as(before, "GET", "users", null).status()).isEqualTo(200);
        String after = adminToken();
        assertThat(kidOf(after)).isEqualTo(newKid);
        assertThat(as(after, "GET", "users", null).status()).isEqualTo(200);
    }

    @Test
    void noTokenOnAProtectedRouteIsA401AndNotA403() {
        Reply r = as(null, "GET", "users", null);
        assertProblem(r, 401);
    }

    @Test
    void everyForgedTokenIsRefusedBeforeTheResource() throws Exception {
        String genuine = adminToken();
        String[] parts = genuine.split("\\.");
        String kid = kidOf(genuine);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Instant now = Instant.now();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        var otherKey = g.generateKeyPair().getPrivate();

        List<String> forged = List.of(
                b64("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "." + parts[1] + ".",
                Jwts.builder().header().keyId(kid).and().issuer("qualepref").audience().add("qualepref-api").and()
                        .subject("1").expiration(Date.from(now.plusSeconds(600))).signWith(otherKey).compact(),
                parts[0] + "." + b64(payload.replace("\"login\":\"dmat-admin\"", "\"login\":\"someone\"")) + "."
                        + parts[2],
                hmacWithJwksKeyAsSecret(kid, parts[1]),
                "not-a-token",
                parts[0] + "." + parts[1],
                genuine.substring(0, genuine.length() - 4) + "AAAA");
        for (String token : forged) {
            Reply r = as(token, "GET", "users", null);
            assertProblem(r, 401);
            assertThat(r.body()).doesNotContain("\"login\"");
        }
        Reply onPublicRoute = as("not-a-token", "GET", "referential", null);
        assertProblem(onPublicRoute, 401);
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.api("users"))
                .header("Authorization", "Bearer not-a-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.headers().firstValue("WWW-Authenticate").orElse("")).contains("error=\"invalid_token\"");
    }

    /**
     * Tokens signed with the server's real active key (the test knows the key-encryption key of the test database), so
     * that only the server's claim checks can refuse them.
     */
    @Test
    void tokensSignedWithOurKeyButWrongClaimsAreRefused() throws Exception {
        adminToken();
        String kid;
        java.security.PrivateKey key;
        DatabaseCredentials db = IntegrationDatabase.credentials();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kid, private_key_encrypted FROM signing_key "
                     + "WHERE status = 'ACTIVE'")) {
            rs.next();
            kid = rs.getString(1);
            byte[] pkcs8 = KeyEncryption.fromBase64(System.getenv("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY"))
                    .decrypt(rs.getString(2), kid);
            key = java.security.KeyFactory.getInstance("EC")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
        }
        Instant now = Instant.now();
        java.util.function.Supplier<io.jsonwebtoken.JwtBuilder> valid = () -> Jwts.builder().header().keyId(kid).and()
                .issuer("qualepref").audience().add("qualepref-api").and().subject("1").claim("login", "dmat-admin")
                .issuedAt(Date.from(now)).notBefore(Date.from(now)).expiration(Date.from(now.plusSeconds(300)));
        assertThat(as(valid.get().signWith(key).compact(), "GET", "users", null).status())
                .as("the control token").isEqualTo(200);
        List<String> refused = List.of(
                valid.get().expiration(Date.from(now.minusSeconds(120))).signWith(key).compact(),
                valid.get().notBefore(Date.from(now.plusSeconds(600))).signWith(key).compact(),
                valid.get().issuer("someone-else").signWith(key).compact(),
                valid.get().audience().single("another-api").signWith(key).compact(),
                valid.get().expiration(null).signWith(key).compact(),
                valid.get().header().keyId("unknown-kid-000").and().signWith(key).compact(),
                valid.get().subject("999999").signWith(key).compact());
        for (String token : refused) {
            assertProblem(as(token, "GET", "users", null), 401);
        }
    }

    /** The classic confusion attack: HS256 with the published public key as the HMAC secret. */
    String hmacWithJwksKeyAsSecret(String kid, String payload) throws Exception {
        String input = b64("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}") + "." + payload;
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(api.get(api.server(base.getPath() + ".well-known/jwks.json"))
                .body().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void usersAreCreatedAndGrantedThroughTheApiAndAnAgentIsForbiddenDmatRoutes() throws Exception {
        String admin = adminToken();
        String site = siteCode();
        String login = createUser(admin, "agent-password-123");

        Reply duplicate = as(admin, "POST", "users", Json.createObjectBuilder().add("login", login)
                .add("displayName", "Again").add("password", "agent-password-123").build().toString());
        assertProblem(duplicate, 409);
        Reply invalid = as(admin, "POST", "users", "{\"login\":\"X\",\"password\":\"short\"}");
        assertProblem(invalid, 400);
        assertThat(invalid.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).contains("login", "password", "displayName");

        Reply granted = as(admin, "POST", "users/" + login + "/grants",
                "{\"role\":\"AGENT\",\"site\":\"" + site + "\"}");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        JsonObject grant = granted.object().getJsonArray("grants").getJsonObject(0);
        assertThat(grant.getString("site")).isEqualTo(site);
        assertProblem(as(admin, "POST", "users/" + login + "/grants", "{\"role\":\"AGENT\",\"site\":\"99-NONE\"}"),
                404);
        assertProblem(as(admin, "POST", "users/nobody-at-all/grants", "{\"role\":\"AGENT\",\"site\":\"" + site
                + "\"}"), 404);
        assertThat(as(admin, "GET", "users?site=" + site + "&role=AGENT", null).array()
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("login")).toList()).contains(login);

        String agent = login(login, "agent-password-123").object().getString("access_token");
        assertProblem(as(agent, "POST", "users", "{\"login\":\"zzz\",\"displayName\":\"Z\","
                + "\"password\":\"agent-password-123\"}"), 403);

        // Revoking the grant or deactivating the user takes effect on the token already out.
        Reply revoked = as(admin, "DELETE", "users/" + login + "/grants/" + grant.getInt("id"), null);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        Reply deactivated = as(admin, "POST", "users/" + login + "/deactivation", null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertProblem(as(agent, "GET", "referential", null), 401);
        assertProblem(login(login, "agent-password-123"), 401);
    }

    @Test
    void aQualityReferentStaffsTheirOwnSiteWithAgentsAndNothingMore() throws Exception {
        String admin = adminToken();
        String ownSite = siteCode();
        String otherSite = site("22", "Préfecture des Côtes-d''Armor");
        String referent = createUser(admin, "referent-password-1");
        assertThat(as(admin, "POST", "users/" + referent + "/grants", "{\"role\":\"QUALITY_REFERENT\",\"site\":\""
                + ownSite + "\"}").status()).isEqualTo(201);
        String token = login(referent, "referent-password-1").object().getString("access_token");

        String agent = createUser(token, "new-agent-password");
        Reply granted = as(token, "POST", "users/" + agent + "/grants", "{\"role\":\"AGENT\",\"site\":\"" + ownSite
                + "\"}");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertProblem(as(token, "POST", "users/" + agent + "/grants", "{\"role\":\"AGENT\",\"site\":\""
                + otherSite + "\"}"), 403);
        assertProblem(as(token, "POST", "users/" + agent + "/grants", "{\"role\":\"QUALITY_REFERENT\",\"site\":\""
                + ownSite + "\"}"), 403);
        assertProblem(as(token, "GET", "users", null), 403);
        assertProblem(as(token, "POST", "admin/signing-keys/rotation", null), 403);
    }

    /** A site row to grant roles on; the sites context does not provision through the API yet. */
    static String siteCode() throws Exception {
        return site("35", "Préfecture d''Ille-et-Vilaine");
    }

    static String site(String code, String sqlQuotedName) throws Exception {
        DatabaseCredentials db = IntegrationDatabase.credentials();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO site (code, name, type, department_code, region, has_cert, "
                    + "referential_version_id, engaged) SELECT '" + code + "', '" + sqlQuotedName + "', 'PREFECTURE', "
                    + "'" + code + "', 'Bretagne', true, id, true FROM referential_version ORDER BY id LIMIT 1 "
                    + "ON CONFLICT (code) DO NOTHING");
            try (ResultSet rs = s.executeQuery("SELECT code FROM site WHERE code = '" + code + "'")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
