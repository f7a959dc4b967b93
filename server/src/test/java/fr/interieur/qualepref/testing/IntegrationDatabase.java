package fr.interieur.qualepref.testing;

import fr.interieur.qualepref.localrunner.DatabaseCredentials;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import fr.interieur.qualepref.platform.persistence.SchemaMigration;
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

    /** Both roles' connections to one database of the test cluster. */
    public record Roles(DataSource owner, DataSource app) {
    }

    /**
     * A database of its own for a test class, dropped and re-created empty, then migrated by Flyway exactly as the
     * server does at start-up; the API tests' database is not touched.
     */
    public static Roles freshDatabase(String name) {
        LocalDatabase db = database();
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " OWNER " + LocalDatabase.OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        Roles roles = new Roles(
                db.database(name, LocalDatabase.OWNER_ROLE, System.getProperty("qualepref.it.db.ownerPassword")),
                db.database(name, LocalDatabase.APP_ROLE, System.getProperty("qualepref.it.db.appPassword")));
        SchemaMigration.migrate(roles.owner(), LocalDatabase.APP_ROLE);
        return roles;
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
