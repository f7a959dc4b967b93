package fr.interieur.qualepref.cli;

import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that talks to the server. It turns a {@link CommandFailure} into its message on stderr and its exit
 * code, so that every command fails the same way and the tests see exactly what the user sees.
 */
@Command
public abstract class ServerCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return execute(root().connection());
        } catch (CommandFailure f) {
            return fail(f.getMessage(), f.exitCode());
        } catch (ParameterException e) {
            throw e; // picocli reports it as a usage error (2)
        } catch (RuntimeException e) {
            // A bug of the CLI: still one line for the user, with the exit code picocli gives to exceptions.
            return fail("unexpected error: " + e, ExitCodes.REFUSED);
        }
    }

    private int fail(String message, int exitCode) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return exitCode;
    }

    protected abstract int execute(Connection connection);

    protected QualeprefCommand root() {
        return (QualeprefCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
