package fr.interieur.qualepref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root {@code qualepref} command. Its subcommands (sites, users, audits, reports) arrive with their issues; for
 * now it answers {@code --version} and {@code --help}.
 */
@Command(name = "qualepref",
        mixinStandardHelpOptions = true,
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
