package fr.interieur.qualepref.cli;

import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
            PrintWriter err = spec.commandLine().getErr();
            err.println(f.getMessage());
            err.flush();
            return f.exitCode();
        }
    }

    protected abstract int execute(Connection connection);

    protected QualeprefCommand root() {
        return (QualeprefCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
