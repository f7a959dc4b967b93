package fr.interieur.qualepref.cli.auth;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.PasswordInput;
import java.io.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Logs in and keeps the refresh token in the session file. The password is never an argument (it would stay in the
 * shell history and in {@code ps}): it is asked without echo, or read from stdin for scripts.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Logs in and keeps a refresh token (never the password) in <config>/session.properties.")
public final class LoginCommand extends ServerCommand {

    @Option(names = "--user", paramLabel = "LOGIN", description = "The login; asked when absent.")
    String user;

    @Option(names = "--password-stdin", description = "Reads the password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Reads the password from the environment variable NAME (its name, never the password).")
    String passwordEnv;

    @Override
    protected int execute(Connection connection) {
        Console console = System.console();
        String login = user;
        if (login == null || login.isBlank()) {
            if (console == null) {
                throw new CommandFailure(ExitCodes.USAGE, "no terminal to ask the login; use --user LOGIN");
            }
            login = console.readLine("Login: ");
            if (login == null || login.isBlank()) {
                throw new CommandFailure(ExitCodes.USAGE, "no login given");
            }
        }
        char[] password = PasswordInput.read(passwordStdin, passwordEnv, root().stdin(), root().env(),
                "Password for " + login.strip() + ": ");
        connection.login(login.strip(), password);
        out().println("Logged in as " + login.strip() + " on " + connection.settings().server() + ".");
        out().flush();
        return ExitCodes.OK;
    }
}
