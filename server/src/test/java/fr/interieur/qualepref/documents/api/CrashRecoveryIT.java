package fr.interieur.qualepref.documents.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Killing the server at any moment and restarting it leaves the index equal to the database (pending intents are
 * replayed)" (issue 5, ADR 0007), proven on a real server: the packaged WAR on Payara Micro in a child process, with a
 * database and a data folder of its own. Writers upload records as fast as they can; the server is killed with
 * SIGKILL in the middle (no shutdown hook, no Lucene close: intents pending, NRT changes uncommitted), restarted on
 * the same database and folder, and then every document of the database — and nothing else — must be found by the
 * search, and every upload the server acknowledged must be in the database. Not an Arquillian test: Arquillian cannot
 * kill its container.
 */
class CrashRecoveryIT {

    static final String DB = "crash_recovery";
    static final Path WORK = Path.of("target/crash-recovery");
    static final int WRITERS = 3;
    static Process server;

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killingTheServerMidUploadsAndRestartingLeavesTheIndexEqualToTheDatabase() throws Exception {
        IntegrationDatabase.Roles roles = IntegrationDatabase.freshDatabase(DB);
        deleteTree(WORK);
        Files.createDirectories(WORK.resolve("data"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Api anonymous = new Api(new URL("http://localhost:" + port + "/"));

        server = start(port, "first");
        Api dmat = anonymous.as(Accounts.adminToken(anonymous));
        Reply site = dmat.post("sites", "application/json", "{\"code\":\"48\",\"name\":\"Préfecture de la Lozère\","
                + "\"type\":\"PREFECTURE\",\"region\":\"Occitanie\",\"hasCert\":true,\"modules\":[1,2],"
                + "\"contact\":{\"email\":\"accueil@48.gouv.fr\"}}");
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        Api referent = anonymous.as(Accounts.userWith(dmat, "crash-referent-48", "QUALITY_REFERENT", "48", null));

        // Writers upload until the kill; the ids the server acknowledged (201) must survive it.
        Set<Long> acknowledged = new ConcurrentSkipListSet<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Thread t = new Thread(() -> {
                while (!killed.get()) {
                    int n = sent.incrementAndGet();
                    try {
                        Reply r = referent.post("sites/48/documents", "application/json", "{\"kind\":\"RECORD\","
                                + "\"title\":\"Réclamation " + n + "\",\"references\":[\"17.2\"],\"note\":\"Réponse "
                                + "à la réclamation numéro marqueur" + n + " sous quinze jours ouvrés.\"}");
                        if (r.status() == 201) {
                            acknowledged.add(r.object().getJsonNumber("id").longValue());
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
            t.start();
            writers.add(t);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (acknowledged.size() < 120 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(acknowledged).as("uploads before the kill").hasSizeGreaterThanOrEqualTo(120);
        server.destroyForcibly(); // SIGKILL: uploads and indexing in flight
        killed.set(true);
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (Thread t : writers) {
            t.join(30_000);
        }
        long pendingAtKill = count(roles.owner(), "SELECT count(*) FROM search_intent");

        server = start(port, "second");
        Set<Long> inDatabase = ids(roles.owner());
        assertThat(inDatabase).as("every acknowledged upload is in the database").containsAll(acknowledged);
        // The pending intents are replayed after the restart: wait for the index to catch up, then compare.
        Set<Long> found = new TreeSet<>();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            found = searched(referent, inDatabase.size());
            if (found.equals(inDatabase)) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(found).as("the search after the restart (%d intents pending at the kill) finds every document "
                + "of the database and nothing else", pendingAtKill).isEqualTo(inDatabase);
        assertThat(count(roles.owner(), "SELECT count(*) FROM search_intent")).as("the outbox is drained").isZero();
        // The text is searchable too, not just the ids: the last acknowledged record by its unique word.
        long last = acknowledged.stream().max(Comparator.naturalOrder()).orElseThrow();
        JsonObject hit = referent.get("sites/48/documents/" + last).object();
        String word = hit.getString("note").replaceAll(".*(marqueur[0-9]+).*", "$1");
        Reply byWord = referent.get("sites/48/documents/search?q=" + word);
        assertThat(byWord.object().getJsonNumber("total").longValue()).as(byWord.toString()).isEqualTo(1);
    }

    /** Every document id the search of site 48 returns (blank query, pages of 100). */
    static Set<Long> searched(Api referent, int expected) {
        Set<Long> ids = new TreeSet<>();
        for (int page = 0; page * 100 < Math.max(expected, 1) + 100; page++) {
            Reply r = referent.get("sites/48/documents/search?size=100&sort=date&page=" + page);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            var hits = r.object().getJsonArray("hits");
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(h -> ids.add(h.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }

    /** The document ids in the database, read as the owner in the indexer's scope (the RLS policy allows it). */
    static Set<Long> ids(DataSource owner) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT set_config('qualepref.site_id', (SELECT id::text FROM site WHERE code = '48'), false)");
            try (ResultSet r = s.executeQuery("SELECT id FROM document")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    static long count(DataSource owner, String sql) throws Exception {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT set_config('qualepref.scope', 'indexer', false)");
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The packaged WAR on Payara Micro, with this test's database and data folder; returns once it is ready. */
    static Process start(int port, String name) throws Exception {
        Path root = WORK.resolve("payara-" + name);
        Path tmp = WORK.resolve("tmp-" + name);
        Files.createDirectories(tmp);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-jar", "target/payara-micro.jar",
                "--nocluster", "--port", Integer.toString(port), "--rootdir", root.toAbsolutePath().toString(),
                "--contextroot", "/", "--deploy", System.getProperty("qualepref.it.war",
                        "target/qualepref-server.war"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("server.log").toFile()));
        // The failsafe environment (passwords, key-encryption key) with this test's own database and folder.
        pb.environment().put("QUALEPREF_DB_URL", "jdbc:postgresql://localhost:"
                + IntegrationDatabase.database().port() + "/" + DB);
        pb.environment().put("QUALEPREF_DATA_DIR", WORK.resolve("data").toAbsolutePath().toString());
        Process p = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline) && p.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        p.destroyForcibly();
        throw new AssertionError("the server (" + name + ") did not become ready; see " + WORK.resolve("server.log"));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
