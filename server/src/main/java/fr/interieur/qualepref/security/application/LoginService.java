package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.errors.Unauthenticated;
import fr.interieur.qualepref.security.domain.LoginThrottle;
import fr.interieur.qualepref.security.domain.PasswordPolicy;
import fr.interieur.qualepref.security.domain.RefreshToken;
import fr.interieur.qualepref.security.domain.RefreshTokenRepository;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password login, refresh-token rotation and revocation. A refused login is one answer whatever the cause (unknown
 * login, wrong password, locked, deactivated) and takes the time of a password check, so nobody can tell which logins
 * exist. The transactions keep what a refusal records (a failure count, a revoked family) instead of rolling it back.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Unauthenticated.class)
public class LoginService {

    public static final String REFUSED = "invalid login or password";
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserRepository users;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    TokenService tokens;

    @Inject
    @ConfigProperty(name = "qualepref.security.refresh-token-hours", defaultValue = "12")
    long refreshTokenHours;

    @Inject
    @ConfigProperty(name = "qualepref.security.login.lock-cap-seconds", defaultValue = "900")
    long lockCapSeconds;

    Clock clock = Clock.systemUTC();

    public TokenPair login(String login, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (login == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            passwords.verifyNothing(password);
            throw new Unauthenticated(REFUSED);
        }
        Optional<User> found = users.findByLogin(login.strip().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            throw new Unauthenticated(REFUSED);
        }
        User user = found.get();
        // Checked even while locked, so that a locked login answers in the same time as any other refusal.
        boolean matches = passwords.verify(password, user.passwordHash());
        if (!matches || user.lockedAt(now) || !user.active()) {
            if (user.active()) {
                user.loginFailed(new LoginThrottle(Duration.ofSeconds(lockCapSeconds)), now);
                if (user.failedLogins() >= LoginThrottle.FREE_ATTEMPTS) {
                    LOG.warning(() -> "Login " + user.login() + ": " + user.failedLogins()
                            + " consecutive failures, locked until " + user.lockedUntil().orElse(null));
                }
            }
            throw new Unauthenticated(REFUSED);
        }
        user.loginSucceeded(now);
        return issue(user, UUID.randomUUID(), now);
    }

    /** A new pair for a live refresh token; the old one is spent. A spent one coming back revokes its family. */
    public TokenPair refresh(String refreshToken) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RefreshToken token = refreshTokens.findForUpdate(hash(refreshToken))
                .orElseThrow(() -> new Unauthenticated("The refresh token is invalid."));
        if (token.revoked()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            LOG.warning(() -> "A spent refresh token of user " + token.userId() + " was used again: its family "
                    + token.familyId() + " is revoked");
            throw new Unauthenticated("The refresh token is invalid.");
        }
        User user = users.find(token.userId()).filter(User::active).orElse(null);
        if (token.expiredAt(now) || user == null) {
            token.revoke(now);
            throw new Unauthenticated("The refresh token is invalid.");
        }
        TokenPair next = issue(user, token.familyId(), now);
        token.replacedBy(hash(next.refresh()), now);
        return next;
    }

    /** Revokes the token and its family (logout); an unknown token is already as good as revoked. */
    public void revoke(String refreshToken) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        refreshTokens.findForUpdate(hash(refreshToken)).ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), now));
    }

    private TokenPair issue(User user, UUID family, OffsetDateTime now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        refreshTokens.store(new RefreshToken(hash(refresh), family, user.id(), now,
                now.plusHours(refreshTokenHours)));
        return new TokenPair(tokens.issue(user.id(), user.login()), refresh);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
