package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a user and its roles.")
public final class UsersShowCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.get(UserPaths.user(login)), UserColumns.USER);
        return ExitCodes.OK;
    }
}
