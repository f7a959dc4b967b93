package fr.interieur.qualepref.security.application;

/**
 * A signed access token.
 *
 * @param value            the compact JWS
 * @param expiresInSeconds its lifetime, for the client's {@code expires_in}
 * @param kid              the key that signed it
 */
public record AccessToken(String value, long expiresInSeconds, String kid) {
}
