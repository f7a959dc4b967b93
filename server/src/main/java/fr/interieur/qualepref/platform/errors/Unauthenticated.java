package fr.interieur.qualepref.platform.errors;

/**
 * The request carries no valid credentials: HTTP 401. {@code invalidToken} tells a client that the bearer token it
 * sent was refused (RFC 6750 {@code error="invalid_token"}), as opposed to no token at all or a failed login.
 */
public class Unauthenticated extends RuntimeException {

    private final boolean invalidToken;

    public Unauthenticated(String detail) {
        this(detail, false);
    }

    private Unauthenticated(String detail, boolean invalidToken) {
        super(detail);
        this.invalidToken = invalidToken;
    }

    /** A bearer token was sent and refused; the detail never says why, so as not to help a forger. */
    public static Unauthenticated invalidToken() {
        return new Unauthenticated("The access token is invalid or expired.", true);
    }

    public boolean isInvalidToken() {
        return invalidToken;
    }
}
