package fr.interieur.qualepref.cli.auth;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import picocli.CommandLine.Command;

/** Revokes the refresh token on the server, and deletes the session file even if the server cannot be told. */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "Revokes the session on the server and deletes the session file.")
public final class LogoutCommand extends ServerCommand {

    @Override
    protected int execute(Connection connection) {
        String login = connection.logout();
        out().println(login == null ? "Not logged in." : "Logged out " + login + ".");
        out().flush();
        return ExitCodes.OK;
    }
}
