package fr.interieur.qualepref.localrunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code ./run} entry point: a local PostgreSQL (unless {@code QUALEPREF_DB_URL} points at an existing one), then
 * Payara Micro with the server WAR in a child process. Ctrl-C stops the server first, then the database.
 *
 * <p>Usage: {@code java -jar qualepref-local-runner.jar <payara-micro.jar> <server.war>}
 */
public final class LocalPlatform {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -jar qualepref-local-runner.jar <payara-micro.jar> <server.war>");
            System.exit(2);
        }
        Path payaraJar = Path.of(args[0]).toAbsolutePath();
        Path war = Path.of(args[1]).toAbsolutePath();
        RunnerSettings settings = RunnerSettings.fromEnvironment(System.getenv());
        Files.createDirectories(settings.logs());
        Properties secrets = LocalSecrets.loadOrCreate(settings.secrets());

        Map<String, String> serverEnv = new HashMap<>();
        LocalDatabase database = null;
        if (settings.externalDatabaseUrl().isEmpty()) {
            System.out.println("Starting PostgreSQL (data in " + settings.postgresData() + ") ...");
            database = LocalDatabase.start(settings.postgresData(), settings.postgresWork(), settings.databasePort(),
                    true, secrets.getProperty("owner.password"), secrets.getProperty("app.password"));
            System.out.println("PostgreSQL is up: " + database.credentials().jdbcUrl() + " (roles and passwords in "
                    + settings.secrets() + ")");
            serverEnv.putAll(database.credentials().asServerEnvironment());
        } else {
            System.out.println("Using the existing PostgreSQL at " + settings.externalDatabaseUrl().get());
        }
        serverEnv.putIfAbsent("QUALEPREF_DATA_DIR", settings.dataDirectory().toString());
        if (System.getenv("QUALEPREF_BOOTSTRAP_ADMIN_PASSWORD") == null) {
            serverEnv.put("QUALEPREF_BOOTSTRAP_ADMIN_PASSWORD", secrets.getProperty("admin.password"));
        }
        if (System.getenv("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY") == null) {
            serverEnv.put("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY",
                    secrets.getProperty("security.key-encryption-key"));
        }

        Path log = settings.logs().resolve("server.log");
        Process server = startPayara(payaraJar, war, settings, serverEnv, log);
        LocalDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db), "qualepref-shutdown"));

        String base = "http://localhost:" + settings.httpPort();
        System.out.println("Starting the server on Payara Micro; logs: " + log);
        Instant start = Instant.now();
        if (waitUntilReady(base, server)) {
            System.out.printf("Qual-e-pref is ready in %.1f s%n", Duration.between(start, Instant.now()).toMillis()
                    / 1000.0);
            System.out.println("  API      " + base + "/api/v1/referential");
            System.out.println("  OpenAPI  " + base + "/openapi");
            System.out.println("  Health   " + base + "/health/ready");
            System.out.println("  Login    POST " + base + "/api/v1/auth/token as dmat-admin, password admin.password in "
                    + settings.secrets());
            System.out.println("  Logs     " + log);
            System.out.println("Press Ctrl-C to stop the server and the database.");
        } else {
            System.err.println("The server did not become ready; see " + log);
        }
        int code = server.waitFor();
        System.exit(code == 0 || code == 130 || code == 143 ? 0 : 1);
    }

    private static Process startPayara(Path payaraJar, Path war, RunnerSettings settings,
                                       Map<String, String> serverEnv, Path log) throws IOException {
        Path tmp = settings.dataDirectory().resolve("tmp");
        Files.createDirectories(tmp);
        // Payara's root folder is derived state: one kept from the last start still lists the application in its
        // domain.xml, and deploying it again with --deploy then fails every other start (404 at "/").
        deleteRecursively(settings.payaraRoot());
        Files.createDirectories(settings.payaraRoot());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar", payaraJar.toString(),
                "--nocluster",
                "--port", Integer.toString(settings.httpPort()),
                "--rootdir", settings.payaraRoot().toString(),
                "--contextroot", "/",
                "--deploy", war.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(serverEnv);
        return pb.start();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean waitUntilReady(String base, Process server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void stop(Process server, LocalDatabase database) {
        if (server.isAlive()) {
            System.out.println("Stopping the server ...");
            server.destroy();
            try {
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            System.out.println("Stopping PostgreSQL ...");
            try {
                database.close();
            } catch (UncheckedIOException e) {
                System.err.println(e.getMessage());
            }
        }
    }
}
