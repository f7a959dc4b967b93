package fr.interieur.qualepref.localrunner;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ./run} reads from the environment. The server itself reads the same names through MicroProfile
 * Config; the runner only needs them to decide whether to start its own PostgreSQL.
 */
record RunnerSettings(int httpPort, int databasePort, Path dataDirectory, Optional<String> externalDatabaseUrl) {

    static RunnerSettings fromEnvironment(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("QUALEPREF_PORT", "8080"));
        // A fixed port, so that psql and backups find the local database: postgres' 5432 plus 50000.
        int databasePort = Integer.parseInt(env.getOrDefault("QUALEPREF_DB_PORT", "55432"));
        Path data = Optional.ofNullable(env.get("QUALEPREF_DATA_DIR")).map(Path::of)
                .orElseGet(() -> defaultDataHome(env).resolve("qualepref"));
        return new RunnerSettings(port, databasePort, data.toAbsolutePath(),
                Optional.ofNullable(env.get("QUALEPREF_DB_URL")).filter(s -> !s.isBlank()));
    }

    /** The XDG base-directory rule: $XDG_DATA_HOME, else ~/.local/share. */
    static Path defaultDataHome(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share");
    }

    Path postgresData() {
        return dataDirectory.resolve("postgres");
    }

    Path postgresWork() {
        return dataDirectory.resolve("postgres-binaries");
    }

    Path logs() {
        return dataDirectory.resolve("logs");
    }

    Path payaraRoot() {
        return dataDirectory.resolve("payara");
    }

    Path secrets() {
        return dataDirectory.resolve("secrets.properties");
    }
}
