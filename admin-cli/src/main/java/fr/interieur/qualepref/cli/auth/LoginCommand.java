package fr.interieur.qualepref.cli.auth;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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
        if (passwordStdin && passwordEnv != null) {
            throw new ParameterException(spec.commandLine(), "--password-stdin and --password-env exclude each other");
        }
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
        char[] password = passwordStdin ? readStdin()
                : passwordEnv != null ? fromEnvironment(passwordEnv)
                : ask(console, login);
        if (password == null || password.length == 0) {
            throw new CommandFailure(ExitCodes.USAGE, "no password given");
        }
        connection.login(login.strip(), password);
        out().println("Logged in as " + login.strip() + " on " + connection.settings().server() + ".");
        out().flush();
        return ExitCodes.OK;
    }

    private char[] readStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(root().stdin(), StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot read the password from stdin: " + e.getMessage());
        }
    }

    private char[] fromEnvironment(String name) {
        String value = root().env().apply(name);
        if (value == null) {
            throw new CommandFailure(ExitCodes.USAGE, "the environment variable " + name + " is not set");
        }
        return value.toCharArray();
    }

    private static char[] ask(Console console, String login) {
        if (console == null) {
            throw new CommandFailure(ExitCodes.USAGE, "no terminal to ask the password; use --password-stdin");
        }
        return console.readPassword("Password for %s: ", login);
    }
}
