package fr.interieur.qualepref.cli.connection;

/** What survives between two runs of the CLI: never the password, never an access token. */
public record Session(String server, String login, String refreshToken) {
}
