package fr.interieur.qualepref.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes through Jakarta Security's PBKDF2 (the server's own implementation), never our own crypto.
 * PBKDF2-HMAC-SHA256 with 210,000 iterations is OWASP's 2023 floor for that function. The stored string names its
 * algorithm and iteration count, so raising them later still verifies the older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, verified when the login is unknown so that the answer takes as long. */
    private String decoy;

    protected PasswordHashing() {
    }

    /** For tests outside the container. */
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        init();
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a verification, for a login that does not exist (no user enumeration by timing). */
    public void verifyNothing(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }
}
