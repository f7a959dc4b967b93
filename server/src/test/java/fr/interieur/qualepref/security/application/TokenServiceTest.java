package fr.interieur.qualepref.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.platform.errors.Unauthenticated;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens we issue verify; every forgery or spent token we know of is refused with the same 401. */
class TokenServiceTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String KID = "kid-current-0001";

    final KeyPair ours = ecKeyPair();
    final KeyPair theirs = ecKeyPair();
    final KeySet keys = new KeySet() {
        @Override
        public Active signing() {
            return new Active(KID, ours.getPrivate());
        }

        @Override
        public Optional<PublicKey> verification(String kid) {
            return KID.equals(kid) ? Optional.of(ours.getPublic()) : Optional.empty();
        }
    };
    final TokenService tokens = service(NOW);

    TokenService service(Instant at) {
        return new TokenService(keys, "qualepref", Duration.ofMinutes(15), Clock.fixed(at, ZoneOffset.UTC));
    }

    static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token like ours, for the forgeries to start from. */
    JwtBuilder like() {
        return Jwts.builder().header().keyId(KID).and().issuer("qualepref").audience().add("qualepref-api").and()
                .subject("42").claim("login", "jdupont").issuedAt(Date.from(NOW)).notBefore(Date.from(NOW))
                .expiration(Date.from(NOW.plusSeconds(900)));
    }

    void assertRefused(String token) {
        assertRefused(tokens, token);
    }

    static void assertRefused(TokenService service, String token) {
        assertThatThrownBy(() -> service.verify(token)).isInstanceOfSatisfying(Unauthenticated.class,
                e -> assertThat(e.isInvalidToken()).isTrue());
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String payload() {
        return b64("{\"iss\":\"qualepref\",\"aud\":\"qualepref-api\",\"sub\":\"42\",\"login\":\"jdupont\",\"iat\":"
                + NOW.getEpochSecond() + ",\"exp\":" + NOW.plusSeconds(900).getEpochSecond() + "}");
    }

    @Test
    void issuesTokensItVerifies() {
        AccessToken token = tokens.issue(42, "jdupont");
        assertThat(token.kid()).isEqualTo(KID);
        assertThat(token.expiresInSeconds()).isEqualTo(900);
        VerifiedToken verified = tokens.verify(token.value());
        assertThat(verified.userId()).isEqualTo(42);
        assertThat(verified.login()).isEqualTo("jdupont");
        assertThat(verified.kid()).isEqualTo(KID);
    }

    @Test
    void issuesTheClaimsOfTheContract() {
        String[] parts = tokens.issue(42, "jdupont").value().split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String body = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"ES256\"", "\"kid\":\"" + KID + "\"");
        assertThat(body).contains("\"iss\":\"qualepref\"", "qualepref-api", "\"sub\":\"42\"", "\"login\":\"jdupont\"",
                "\"iat\":", "\"nbf\":", "\"exp\":" + NOW.plusSeconds(900).getEpochSecond(), "\"jti\":");
    }

    @Test
    void acceptsAFreshTokenWithinTheClockSkew() {
        String token = tokens.issue(42, "jdupont").value();
        assertThat(service(NOW.plusSeconds(900 + 20)).verify(token).userId()).isEqualTo(42);
    }

    @Test
    void refusesAnUnsignedToken() {
        assertRefused(b64("{\"alg\":\"none\",\"kid\":\"" + KID + "\"}") + "." + payload() + ".");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertRefused(like().signWith(theirs.getPrivate(), Jwts.SIG.ES256).compact());
    }

    @Test
    void refusesATamperedPayloadUnderTheOriginalSignature() {
        String[] parts = tokens.issue(42, "jdupont").value().split("\\.");
        String tampered = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"42\"", "\"sub\":\"1\"");
        assertRefused(parts[0] + "." + b64(tampered) + "." + parts[2]);
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokens.issue(42, "jdupont").value();
        assertRefused(service(NOW.plusSeconds(900 + 31)), token);
    }

    @Test
    void refusesATokenNotYetValid() {
        assertRefused(like().notBefore(Date.from(NOW.plusSeconds(600))).signWith(ours.getPrivate(), Jwts.SIG.ES256)
                .compact());
    }

    @Test
    void refusesAnotherIssuer() {
        assertRefused(like().issuer("evil").signWith(ours.getPrivate(), Jwts.SIG.ES256).compact());
    }

    @Test
    void refusesAnotherAudience() {
        assertRefused(like().audience().single("other-api").signWith(ours.getPrivate(), Jwts.SIG.ES256).compact());
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertRefused(like().expiration(null).signWith(ours.getPrivate(), Jwts.SIG.ES256).compact());
    }

    @Test
    void refusesHmacSignedWithThePublicKeyAsSecret() throws Exception {
        String signingInput = b64("{\"alg\":\"HS256\",\"kid\":\"" + KID + "\"}") + "." + payload();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ours.getPublic().getEncoded(), "HmacSHA256"));
        String sig = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(signingInput + "." + sig);
    }

    @Test
    void refusesAnUnknownKid() {
        assertRefused(like().header().keyId("someone-elses-kid").and().signWith(ours.getPrivate(), Jwts.SIG.ES256)
                .compact());
    }

    @Test
    void refusesATokenWithoutKid() {
        assertRefused(Jwts.builder().claims(Map.of("iss", "qualepref", "sub", "42")).audience().add("qualepref-api")
                .and().expiration(Date.from(NOW.plusSeconds(60))).signWith(ours.getPrivate(), Jwts.SIG.ES256)
                .compact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "a.b.c", "a.b", "....", "eyJhbGciOiJFUzI1NiJ9.e30.",
            "eyJhbGciOiJFUzI1NiIsImtpZCI6ImtpZC1jdXJyZW50LTAwMDEifQ.bm90IGpzb24.c2ln"})
    void refusesMalformedStrings(String token) {
        assertRefused(token);
    }

    @Test
    void refusesNull() {
        assertRefused(null);
    }
}
