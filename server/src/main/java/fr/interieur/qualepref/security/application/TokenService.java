package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.errors.Unauthenticated;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.UnsupportedJwtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies the ES256 access tokens (JJWT). Verification accepts only what we issue: ES256, a kid of our key
 * set, our issuer and audience, and an expiry (JJWT would accept a token without {@code exp}). Every refusal is the
 * same 401, whatever the reason, so that a forger learns nothing.
 */
@ApplicationScoped
public class TokenService {

    public static final String AUDIENCE = "qualepref-api";
    static final long CLOCK_SKEW_SECONDS = 30;

    private KeySet keys;
    private String issuer;
    private Duration lifetime;
    private Clock clock;

    protected TokenService() {
    }

    public TokenService(KeySet keys, String issuer, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Inject
    void configure(SigningKeys signingKeys,
                   @ConfigProperty(name = "qualepref.security.issuer", defaultValue = "qualepref") String iss,
                   @ConfigProperty(name = "qualepref.security.access-token-minutes", defaultValue = "15")
                   long minutes) {
        this.keys = signingKeys;
        this.issuer = iss;
        this.lifetime = Duration.ofMinutes(minutes);
        this.clock = Clock.systemUTC();
    }

    public Duration lifetime() {
        return lifetime;
    }

    public AccessToken issue(long userId, String login) {
        KeySet.Active key = keys.signing();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String jws = Jwts.builder()
                .header().keyId(key.kid()).and()
                .issuer(issuer)
                .audience().add(AUDIENCE).and()
                .subject(Long.toString(userId))
                .claim("login", login)
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .id(UUID.randomUUID().toString())
                .signWith(key.privateKey(), Jwts.SIG.ES256)
                .compact();
        return new AccessToken(jws, lifetime.toSeconds(), key.kid());
    }

    /** The token's subject, or {@link Unauthenticated#invalidToken()} for anything we did not issue or is spent. */
    public VerifiedToken verify(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            throw Unauthenticated.invalidToken();
        }
        try {
            String[] kid = new String[1];
            Claims claims = Jwts.parser()
                    .sig().clear().add(Jwts.SIG.ES256).and()
                    .keyLocator(new LocatorAdapter<Key>() {
                        @Override
                        protected Key locate(JwsHeader header) {
                            if (!"ES256".equals(header.getAlgorithm()) || header.getKeyId() == null) {
                                throw new UnsupportedJwtException("not one of our tokens");
                            }
                            kid[0] = header.getKeyId();
                            return keys.verification(header.getKeyId())
                                    .orElseThrow(() -> new UnsupportedJwtException("unknown kid"));
                        }
                    })
                    .requireIssuer(issuer)
                    .requireAudience(AUDIENCE)
                    .clockSkewSeconds(CLOCK_SKEW_SECONDS)
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            if (claims.getExpiration() == null || claims.getSubject() == null) {
                throw Unauthenticated.invalidToken();
            }
            return new VerifiedToken(Long.parseLong(claims.getSubject()), claims.get("login", String.class), kid[0]);
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            throw Unauthenticated.invalidToken();
        }
    }
}
