package fr.interieur.qualepref.localrunner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 15 (binaries from Maven Central, through zonky) whose data directory the project manages. The
 * data directory is created on first start and reused after, so a second {@code ./run} finds its data again.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String DATABASE = "qualepref";
    public static final String OWNER_ROLE = "qualepref_owner";
    public static final String APP_ROLE = "qualepref_app";

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;

    private LocalDatabase(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 for any free port) with its cluster in {@code dataDirectory}, then makes
     * sure the database and both roles exist with the given passwords. A {@code durable} cluster (the one of
     * {@code ./run}) writes through to disk; a throw-away test cluster skips fsync for speed.
     */
    public static LocalDatabase start(Path dataDirectory, Path workDirectory, int port, boolean durable,
                                      String ownerPassword, String appPassword) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(workDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDirectory.toFile())
                    .setPgBinaryResolver(LocalDatabase::binaries)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (durable) {
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off: fine for tests, not for data
                // that a developer keeps between runs. A later -c fsync=on wins over -F.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            DatabaseProvisioning.provision(postgres.getPostgresDatabase(), DATABASE, OWNER_ROLE, ownerPassword,
                    APP_ROLE, appPassword);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
            return new LocalDatabase(postgres,
                    new DatabaseCredentials(url, OWNER_ROLE, ownerPassword, APP_ROLE, appPassword));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision the local PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * The PostgreSQL binaries for this machine, first match on the class path. zonky's own resolver refuses to start
     * when a test runner's class loaders list the same jar twice (seen under failsafe); one copy is all we need.
     */
    private static InputStream binaries(String system, String machine) throws IOException {
        String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machine + ".txz";
        URL resource = LocalDatabase.class.getClassLoader().getResource(name);
        if (resource == null) {
            throw new IOException("no embedded PostgreSQL binaries for " + system + "/" + machine + " (" + name + ")");
        }
        return resource.openStream();
    }

    public DatabaseCredentials credentials() {
        return credentials;
    }

    /** The superuser's connection to the maintenance database, for provisioning and test set-up only. */
    public DataSource superuser() {
        return postgres.getPostgresDatabase();
    }

    /** A connection source to another database of this cluster, as the given role. */
    public DataSource database(String name, String user, String password) {
        return postgres.getDatabase(user, name, java.util.Map.of("password", password));
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the local PostgreSQL", e);
        }
    }
}
