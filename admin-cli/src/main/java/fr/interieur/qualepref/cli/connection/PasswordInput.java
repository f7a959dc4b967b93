package fr.interieur.qualepref.cli.connection;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where a command reads a password from: the first line of stdin (scripts), an environment variable named on the
 * command line (never the password itself on the command line, where {@code ps} shows it), or the terminal without
 * echo.
 */
public final class PasswordInput {

    private PasswordInput() {
    }

    /**
     * @param prompt shown on the terminal when neither stdin nor the environment is chosen
     * @return the password, never empty
     */
    public static char[] read(boolean fromStdin, String environmentVariable, InputStream stdin,
                              UnaryOperator<String> env, String prompt) {
        return read(fromStdin, environmentVariable, stdin, env, prompt, false);
    }

    /** A new password: on a terminal it is asked twice, and two different answers are refused. */
    public static char[] readNew(boolean fromStdin, String environmentVariable, InputStream stdin,
                                 UnaryOperator<String> env, String prompt) {
        return read(fromStdin, environmentVariable, stdin, env, prompt, true);
    }

    private static char[] read(boolean fromStdin, String environmentVariable, InputStream stdin,
                               UnaryOperator<String> env, String prompt, boolean confirm) {
        if (fromStdin && environmentVariable != null) {
            throw new CommandFailure(ExitCodes.USAGE, "--password-stdin and --password-env exclude each other");
        }
        char[] password = fromStdin ? firstLine(stdin)
                : environmentVariable != null ? fromEnvironment(env, environmentVariable)
                : ask(prompt);
        if (password == null || password.length == 0) {
            throw new CommandFailure(ExitCodes.USAGE, "no password given");
        }
        if (confirm && !fromStdin && environmentVariable == null
                && !Arrays.equals(password, ask("Again: "))) {
            throw new CommandFailure(ExitCodes.USAGE, "the two passwords differ");
        }
        return password;
    }

    private static char[] firstLine(InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot read the password from stdin: " + e.getMessage());
        }
    }

    private static char[] fromEnvironment(UnaryOperator<String> env, String name) {
        String value = env.apply(name);
        if (value == null) {
            throw new CommandFailure(ExitCodes.USAGE, "the environment variable " + name + " is not set");
        }
        return value.toCharArray();
    }

    private static char[] ask(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(ExitCodes.USAGE, "no terminal to ask the password; use --password-stdin");
        }
        return console.readPassword("%s", prompt);
    }
}
