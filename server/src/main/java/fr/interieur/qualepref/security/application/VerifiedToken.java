package fr.interieur.qualepref.security.application;

/**
 * What an access token that passed every check says.
 *
 * @param userId the subject
 * @param login  the login at issuing time (the user is reloaded anyway)
 * @param kid    the key that signed it
 */
public record VerifiedToken(long userId, String login, String kid) {
}
