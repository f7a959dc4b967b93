package fr.interieur.qualepref.cli;

import fr.interieur.qualepref.cli.audits.AuditorsCommand;
import fr.interieur.qualepref.cli.audits.AuditsCommand;
import fr.interieur.qualepref.cli.audits.LabelsCommand;
import fr.interieur.qualepref.cli.auth.LoginCommand;
import fr.interieur.qualepref.cli.auth.LogoutCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.Settings;
import fr.interieur.qualepref.cli.referential.ReferentialCommand;
import fr.interieur.qualepref.cli.reports.ReportsCommand;
import fr.interieur.qualepref.cli.search.SearchCommand;
import fr.interieur.qualepref.cli.sites.SitesCommand;
import fr.interieur.qualepref.cli.users.UsersCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The root {@code qualepref} command. It holds what every command shares: the server address and the process's
 * environment and standard input, which the tests replace.
 */
@Command(name = "qualepref",
        mixinStandardHelpOptions = true,
        subcommands = {LoginCommand.class, LogoutCommand.class, SitesCommand.class, UsersCommand.class,
                AuditsCommand.class, AuditorsCommand.class, LabelsCommand.class, ReportsCommand.class,
                SearchCommand.class, ReferentialCommand.class, CompletionCommand.class},
        versionProvider = QualeprefCommand.Version.class,
        description = "Administration of the Qual-e-pref platform for the DMAT.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:ok",
                "1:refused by the server's rules",
                "2:usage error",
                "3:cannot reach or authenticate with the server"})
public final class QualeprefCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Inherited, so it may also follow the subcommand: {@code qualepref sites list --server URL}. */
    @Option(names = "--server", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Server URL; else $QUALEPREF_SERVER, else server= in the config file, else "
                    + Settings.DEFAULT_SERVER + ".")
    String server;

    private final UnaryOperator<String> env;
    private final InputStream stdin;
    private Connection connection;

    public QualeprefCommand() {
        this(System::getenv, System.in);
    }

    /** @param env reads an environment variable (tests pass a map's {@code get}) */
    public QualeprefCommand(UnaryOperator<String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    /** One connection per run, so a refresh token is spent once however many requests the command sends. */
    public Connection connection() {
        if (connection == null) {
            connection = new Connection(Settings.resolve(server, env));
        }
        return connection;
    }

    public UnaryOperator<String> env() {
        return env;
    }

    public InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new QualeprefCommand()).execute(args));
    }

    /** Reads the version Maven wrote into the jar, so {@code --version} never lies about the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = QualeprefCommand.class.getResourceAsStream("/qualepref-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"qualepref " + p.getProperty("version", "unknown")};
        }
    }
}
