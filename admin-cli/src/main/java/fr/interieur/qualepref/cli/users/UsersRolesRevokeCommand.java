package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revokes a grant (its id from 'users roles list'); it stops working on the next request.")
public final class UsersRolesRevokeCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Parameters(index = "1", paramLabel = "GRANT_ID")
    long grantId;

    @Override
    protected int execute(Connection connection) {
        connection.delete(UserPaths.user(login) + "/grants/" + grantId);
        out().println("Grant " + grantId + " of " + login + " revoked.");
        out().flush();
        return ExitCodes.OK;
    }
}
