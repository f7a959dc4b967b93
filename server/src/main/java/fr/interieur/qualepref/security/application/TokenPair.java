package fr.interieur.qualepref.security.application;

/**
 * What a login or a refresh hands out.
 *
 * @param access  the short-lived access token
 * @param refresh the opaque refresh token, shown once and stored only as its hash
 */
public record TokenPair(AccessToken access, String refresh) {
}
