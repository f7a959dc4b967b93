package fr.interieur.qualepref.testing;

import fr.interieur.qualepref.localrunner.DatabaseCredentials;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL for the whole integration-test run (failsafe), before Arquillian starts Payara Micro, and
 * stops it at the end. Port and passwords come from the failsafe configuration, which also exports them to the
 * environment the Payara process inherits. Under surefire (unit tests) the properties are absent and nothing starts.
 */
public class IntegrationDatabase implements LauncherSessionListener {

    private static LocalDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("qualepref.it.db.port");
        if (port == null || database != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("qualepref.it.db.dir"));
        deleteRecursively(dir.resolve("data"));
        database = LocalDatabase.start(dir.resolve("data"), dir.resolve("binaries"), Integer.parseInt(port), false,
                System.getProperty("qualepref.it.db.ownerPassword"), System.getProperty("qualepref.it.db.appPassword"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The running test database; fails loudly when called outside the integration-test run. */
    public static DatabaseCredentials credentials() {
        if (database == null) {
            throw new IllegalStateException("the integration-test PostgreSQL runs under failsafe only (*IT tests)");
        }
        return database.credentials();
    }

    public static LocalDatabase database() {
        credentials();
        return database;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
