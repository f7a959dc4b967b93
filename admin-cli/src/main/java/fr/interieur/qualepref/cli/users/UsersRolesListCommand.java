package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a user's grants with their ids.")
public final class UsersRolesListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Override
    protected int execute(Connection connection) {
        output.printList(out(), connection.get(UserPaths.user(login)).path("grants"), UserColumns.GRANT);
        return ExitCodes.OK;
    }
}
