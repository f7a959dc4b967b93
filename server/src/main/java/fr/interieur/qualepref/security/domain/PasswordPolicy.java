package fr.interieur.qualepref.security.domain;

import java.util.Optional;

/** What a new password must be. Length is what matters against guessing (NIST SP 800-63B); no composition rules. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** PBKDF2 cost grows with the input; an upper bound keeps a login request from being a CPU weapon. */
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused, or empty when it is acceptable. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
