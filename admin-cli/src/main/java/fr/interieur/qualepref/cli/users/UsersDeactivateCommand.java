package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Deactivates a user: no more login, and its tokens stop working at once (DMAT only).")
public final class UsersDeactivateCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.post(UserPaths.user(login) + "/deactivation", null), UserColumns.USER);
        return ExitCodes.OK;
    }
}
