package fr.interieur.qualepref.documents.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.documents.infrastructure.Samples;
import fr.interieur.qualepref.testing.Accounts;
import fr.interieur.qualepref.testing.Api;
import fr.interieur.qualepref.testing.Api.Reply;
import fr.interieur.qualepref.testing.AuditTrails;
import fr.interieur.qualepref.testing.ServerDeployment;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documentary system (IV.2) and the evidence search through HTTP: multipart uploads, the content-addressed store
 * and its digests, versions, limits and refusals, near-real-time search with French analysis, who searches what, and
 * the index rebuild. Sites 30 (Gard) and 34 (Hérault) are this class's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    static final String OCCITANIE = "Occitanie";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerDeployment.war();
    }

    @ArquillianResource
    URL base;

    static Api anonymous;
    static Api dmat;
    static Api referent30;
    static Api agent34;
    static Api auditor;
    static Api auditor34;
    static Api pilot;
    static Api agent30;
    static Api pilotWithAGrant;

    @BeforeEach
    void world() {
        if (dmat != null) {
            return;
        }
        anonymous = new Api(base);
        dmat = anonymous.as(Accounts.adminToken(anonymous));
        for (String[] s : List.of(new String[] {"30", "Préfecture du Gard"}, new String[] {"34",
                "Préfecture de l'Hérault"})) {
            Reply r = dmat.post("sites", "application/json", "{\"code\":\"" + s[0] + "\",\"name\":\"" + s[1]
                    + "\",\"type\":\"PREFECTURE\",\"region\":\"" + OCCITANIE + "\",\"hasCert\":true,"
                    + "\"modules\":[1,2],\"contact\":{\"email\":\"accueil@" + s[0] + ".gouv.fr\"}}");
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
        }
        referent30 = anonymous.as(Accounts.userWith(dmat, "doc-referent-30", "QUALITY_REFERENT", "30", null));
        agent34 = anonymous.as(Accounts.userWith(dmat, "doc-agent-34", "AGENT", "34", null));
        Accounts.userWith(dmat, "doc-auditor", "AUDITOR", "30", null);
        auditor = anonymous.as(Accounts.userWith(dmat, "doc-auditor", "AUDITOR", "34", null));
        auditor34 = anonymous.as(Accounts.userWith(dmat, "doc-auditor-34", "AUDITOR", "34", null));
        pilot = anonymous.as(Accounts.userWith(dmat, "doc-pilot-occitanie", "REGIONAL_PILOT", null, OCCITANIE));
        agent30 = anonymous.as(Accounts.userWith(dmat, "doc-agent-30", "AGENT", "30", null));
        Accounts.userWith(dmat, "doc-pilot-auditing", "REGIONAL_PILOT", null, OCCITANIE);
        pilotWithAGrant = anonymous.as(Accounts.userWith(dmat, "doc-pilot-auditing", "AUDITOR", "30", null));
    }

    // ---- uploads, store, downloads ----

    @Test
    void uploadsAPdfAndDownloadsTheExactBytesWithTheirDigest() throws Exception {
        byte[] pdf = Samples.pdf("Registre des reclamations du Gard, engagement 17", false);
        Reply r = upload(referent30, "sites/30/documents", metadata("RECORD", "Registre des réclamations 2026",
                "[\"17.2\",\"IV.5\"]", "\"reviewDate\":\"2027-01-15\",\"owner\":\"Bureau de l'accueil\""),
                "../../registre.pdf", "application/octet-stream", pdf);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject doc = r.object();
        JsonObject v1 = doc.getJsonArray("versions").getJsonObject(0);
        assertThat(v1.getString("sha256")).isEqualTo(sha256(pdf));
        assertThat(v1.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(v1.getString("extraction")).isEqualTo("OK");
        assertThat(v1.getString("fileName")).isEqualTo("registre.pdf");
        assertThat(doc.getJsonArray("references").toString()).isEqualTo("[\"17.2\",\"IV.5\"]");
        assertThat(doc.getJsonArray("modules").toString()).isEqualTo("[1]");

        HttpResponse<byte[]> download = raw(referent30, "sites/30/documents/" + doc.getInt("id")
                + "/versions/1/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:"
                + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf)) + ":");
        assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(sha256(pdf));
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("registre.pdf")
                .doesNotContain("..");

        Reply again = upload(referent30, "sites/30/documents", metadata("RECORD", "Le même registre",
                "[\"17\"]", null), "copie.pdf", "application/pdf", pdf);
        assertThat(again.status()).isEqualTo(201);
        assertThat(storedCopies(sha256(pdf))).as("the same bytes are stored once").isEqualTo(1);
        assertThat(raw(auditor, "sites/30/documents/" + doc.getInt("id") + "/versions/1/content").body())
                .as("an auditor granted on the site takes the exhibit").isEqualTo(pdf);
    }

    @Test
    void aNewVersionKeepsTheOldOneReadable() {
        byte[] v1 = "Procédure de traitement des courriels : réponse sous cinq jours ouvrés."
                .getBytes(StandardCharsets.UTF_8);
        byte[] v2 = Samples.docx("Procédure révisée : accusé de réception immédiat des courriels.");
        JsonObject doc = created(upload(referent30, "sites/30/documents", metadata("REFERENCE",
                "Procédure courriels", "[\"13\"]", null), "procedure.txt", "text/plain", v1));
        String path = "sites/30/documents/" + doc.getInt("id");
        Reply added = upload(referent30, path + "/versions", null, "procedure-v2.docx", "application/pdf", v2);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getInt("version")).isEqualTo(2);
        assertThat(added.object().getString("mediaType")).as("the bytes decide, not the declared type")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        JsonObject shown = ok(referent30.get(path)).object();
        assertThat(shown.getInt("currentVersion")).isEqualTo(2);
        assertThat(shown.getJsonArray("versions")).hasSize(2);
        assertThat(raw(referent30, path + "/versions/1/content").body()).isEqualTo(v1);
        assertThat(raw(referent30, path + "/versions/2/content").body()).isEqualTo(v2);
        problem(referent30.get(path + "/versions/3/content"), 404);
        awaitHits(referent30, "sites/30/documents/search?q=" + enc("accusé réception"), 1);
        assertThat(ok(referent30.get("sites/30/documents/search?q=" + enc("\"cinq jours\""))).object()
                .getInt("total")).as("the index holds the current version").isZero();
    }

    @Test
    void refusalsSayWhy() {
        Reply big = upload(referent30, "sites/30/documents", metadata("RECORD", "Trop gros", "[]", null),
                "big.txt", "text/plain", "a".repeat(2 * 1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII));
        problem(big, 413);
        assertThat(big.object().getString("detail")).contains("2097152 bytes");
        Reply declaredTooBig = upload(referent30, "sites/30/documents", metadata("RECORD", "Trop gros", "[]", null),
                "big.txt", "text/plain", new byte[3 * 1024 * 1024]);
        problem(declaredTooBig, 413);
        assertThat(declaredTooBig.object().getString("detail")).contains("2097152 bytes");
        Reply zip = upload(referent30, "sites/30/documents", metadata("RECORD", "Archive", "[]", null),
                "rapport.pdf", "application/pdf", Samples.zip());
        problem(zip, 415);
        assertThat(zip.object().getString("detail")).contains("archive");
        problem(upload(referent30, "sites/30/documents", metadata("RECORD", "Vide", "[]", null), "vide.txt",
                "text/plain", new byte[0]), 415);
        Reply unknown = upload(referent30, "sites/30/documents", metadata("RECORD", "Inconnu", "[\"99\"]", null),
                "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        problem(unknown, 400);
        assertThat(unknown.object().getString("detail")).contains("Commitment 99 does not exist");
        problem(upload(referent30, "sites/30/documents", metadata("RECORD", "Item", "[\"17.9\"]", null), "a.txt",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 400);
        problem(upload(referent30, "sites/30/documents", metadata("LETTER", "Sorte", "[]", null), "a.txt",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 400);
        problem(upload(referent30, "sites/30/documents", "{not json", "a.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)), 400);
        problem(upload(referent30, "sites/30/documents", null, "a.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)), 400);
        problem(referent30.post("sites/30/documents", "application/json", metadata("RECORD", "Sans rien", "[]",
                null)), 400);
        assertThat(ok(referent30.get("sites/30/documents")).array().stream().map(JsonObject.class::cast)
                .map(d -> d.getString("title")).toList()).as("nothing half-written")
                .doesNotContain("Trop gros", "Archive", "Vide", "Inconnu", "Item", "Sans rien");
    }

    /**
     * A chunked upload (no Content-Length) far beyond the limit: the server answers 413 after reading about the limit,
     * instead of letting the multipart reader spool the whole body first. The client offers 64 MiB through a raw
     * socket.
     */
    @Test
    void aChunkedOversizedUploadIsRefusedWithoutBeingReadWhole() throws Exception {
        String token = Accounts.token(anonymous, "doc-referent-30", Accounts.PASSWORD);
        long offered = 64L << 20;
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: "
                + "application/json\r\n\r\n" + metadata("RECORD", "Flux sans fin", "[]", null) + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flux.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String status;
        String response;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + anonymous.api("sites/30/documents").getRawPath() + " HTTP/1.1\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = "réclamation ".repeat(5461).getBytes(StandardCharsets.UTF_8);
                try {
                    byte[] first = head.getBytes(StandardCharsets.UTF_8);
                    out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(first);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    while (sent.get() < offered) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByTheServer) {
                    // expected: the server stops reading and closes once it has refused the body
                }
            });
            writer.setDaemon(true);
            writer.start();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8));
            status = in.readLine();
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null && rest.length() < 4000; line = in.readLine()) {
                rest.append(line).append('\n');
                if (line.startsWith("{")) {
                    break;
                }
            }
            response = rest.toString();
        }
        assertThat(status).as(response).startsWith("HTTP/1.1 413");
        // Refused by the count under the multipart reader (UploadSizeLimit), not after MIMEPull had spooled the
        // whole body and the staging found it too large: only the former says "as it arrived". (What the server
        // does with the rest of the connection — drain and discard, or close — is the HTTP layer's.)
        assertThat(response).containsIgnoringCase("content-type: application/problem+json")
                .contains("2097152 bytes", "refused as it arrived");
        assertThat(titles(ok(referent30.get("sites/30/documents")))).doesNotContain("Flux sans fin");
    }

    @Test
    void anEncryptedPdfIsStoredAndFlagged() {
        byte[] pdf = Samples.pdf("Confidentiel", true);
        JsonObject doc = created(upload(referent30, "sites/30/documents", metadata("RECORD", "PDF protégé", "[]",
                null), "protege.pdf", "application/pdf", pdf));
        assertThat(doc.getJsonArray("versions").getJsonObject(0).getString("extraction")).isEqualTo("ENCRYPTED");
        assertThat(raw(referent30, "sites/30/documents/" + doc.getInt("id") + "/versions/1/content").body())
                .isEqualTo(pdf);
    }

    @Test
    void recordsWithoutAFileTheListOfRecordsAndReviewReminders() {
        JsonObject note = created(agent34.post("sites/34/documents", "application/json", metadata("MINUTES",
                "Comité des usagers de mars", "[\"IV.5\"]", "\"note\":\"Le comité a examiné les délais d'attente "
                        + "au guichet.\",\"reviewDate\":\"" + LocalDate.now().plusDays(10) + "\"")));
        assertThat(note.getInt("currentVersion")).isZero();
        created(agent34.post("sites/34/documents", "application/json", metadata("REFERENCE", "Guide de l'agent",
                "[\"2.1\"]", "\"note\":\"Guide\",\"reviewDate\":\"" + LocalDate.now().plusDays(90) + "\"")));
        assertThat(titles(ok(agent34.get("sites/34/documents?kind=MINUTES")))).contains("Comité des usagers de mars")
                .doesNotContain("Guide de l'agent");
        assertThat(titles(ok(agent34.get("sites/34/documents?reference=2")))).contains("Guide de l'agent")
                .doesNotContain("Comité des usagers de mars");
        assertThat(titles(ok(agent34.get("sites/34/documents/review-due?days=30"))))
                .contains("Comité des usagers de mars").doesNotContain("Guide de l'agent");
        assertThat(titles(ok(agent34.get("sites/34/documents/review-due?days=120"))))
                .contains("Comité des usagers de mars", "Guide de l'agent");
        problem(agent34.get("sites/34/documents/review-due?days=soon"), 400);
        problem(agent34.get("sites/34/documents?kind=LETTER"), 400);
    }

    // ---- search ----

    @Test
    void anUploadIsSearchableWithinOneSecond() {
        byte[] text = "Affichage des horaires zygomorphe au guichet".getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        created(upload(agent34, "sites/34/documents", metadata("RECORD", "Photo de l'affichage", "[\"1.1\"]",
                null), "affichage.txt", "text/plain", text));
        long uploaded = System.nanoTime();
        awaitHits(agent34, "sites/34/documents/search?q=zygomorphe", 1);
        long searchable = System.nanoTime();
        assertThat((searchable - uploaded) / 1_000_000).as("ms from the upload's answer to the first hit")
                .isLessThan(1000);
        assertThat(uploaded).isGreaterThan(start);
    }

    @Test
    void frenchSearchWithSnippetsFacetsAndFilters() {
        created(upload(referent30, "sites/30/documents", metadata("TEMPLATE_REPLY", "Réponse type réclamation",
                "[\"17.1\"]", "\"documentDate\":\"2026-02-10\""), "reponse.txt", "text/plain",
                "Madame, Monsieur, votre réclamation a été enregistrée ; l'équipe d'accueil vous répondra."
                        .getBytes(StandardCharsets.UTF_8)));
        JsonObject r = awaitHits(referent30, "sites/30/documents/search?q=reclamation+equipe", 1);
        JsonObject hit = r.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("site")).isEqualTo("30");
        assertThat(hit.getString("snippet")).contains("<mark>réclamation</mark>").contains("équipe</mark>")
                .as("escaped").contains("&#x27;");
        assertThat(r.getJsonObject("facets").getJsonObject("kind").getInt("TEMPLATE_REPLY")).isEqualTo(1);
        assertThat(ok(referent30.get("sites/30/documents/search?q=reclamation&kind=TEMPLATE_REPLY"
                + "&reference=17&from=2026-02-01&to=2026-02-28")).object().getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(ok(referent30.get("sites/30/documents/search?q=reclamation+equipe&from=2026-03-01")).object()
                .getInt("total")).isZero();
        Reply bad = referent30.get("sites/30/documents/search?q=" + enc("réclamation AND ("));
        problem(bad, 400);
        assertThat(bad.object().getString("detail")).contains("column");
        problem(referent30.get("sites/30/documents/search?sort=alpha"), 400);
        problem(referent30.get("sites/30/documents/search?size=1000"), 400);
    }

    @Test
    void noSearchCountSnippetOrDownloadCrossesSites() {
        JsonObject secret = created(upload(referent30, "sites/30/documents", metadata("RECORD",
                "Note interne Gard quasimodo", "[\"17\"]", null), "gard.txt", "text/plain",
                "Le secret du Gard : quasimodo.".getBytes(StandardCharsets.UTF_8)));
        created(upload(agent34, "sites/34/documents", metadata("RECORD", "Note interne Hérault", "[]", null),
                "herault.txt", "text/plain", "Esmeralda à Montpellier.".getBytes(StandardCharsets.UTF_8)));
        awaitHits(referent30, "sites/30/documents/search?q=quasimodo", 1);
        awaitHits(auditor, "search?q=quasimodo", 1);
        awaitHits(auditor, "search?q=esmeralda", 1);
        String doc = "sites/30/documents/" + secret.getInt("id");

        JsonObject other = ok(agent34.get("search?q=quasimodo")).object();
        assertThat(other.getInt("total")).isZero();
        assertThat(other.toString()).doesNotContain("quasimodo", "Gard");
        assertThat(other.getJsonObject("facets").getJsonObject("site").keySet()).doesNotContain("30");
        problem(agent34.get("search?site=30&q=quasimodo"), 404);
        problem(agent34.get("sites/30/documents/search?q=quasimodo"), 404);
        problem(agent34.get("sites/30/documents"), 404);
        problem(agent34.get(doc), 404);
        problem(agent34.get(doc + "/versions/1/content"), 404);
        problem(auditor34.get("sites/30/documents/search?q=quasimodo"), 404);
        assertThat(ok(auditor34.get("search?q=quasimodo")).object().getInt("total")).isZero();
        problem(upload(agent34, "sites/30/documents", metadata("RECORD", "Intrus", "[]", null), "x.txt",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 404);

        problem(pilot.get("sites/30/documents"), 403);
        problem(pilot.get("sites/30/documents/search?q=quasimodo"), 403);
        problem(pilot.get(doc + "/versions/1/content"), 403);
        problem(dmat.get("sites/30/documents/search?q=quasimodo"), 403);
        problem(dmat.get("search?q=quasimodo"), 404);
        problem(auditor.post("sites/30/documents", "application/json", metadata("RECORD", "Auditeur", "[]",
                "\"note\":\"non\"")), 403);

        JsonObject both = ok(auditor.get("search?q=quasimodo+OR+esmeralda")).object();
        assertThat(both.getInt("total")).isEqualTo(2);
        assertThat(both.getJsonObject("facets").getJsonObject("site").keySet()).containsOnly("30", "34");
        assertThat(ok(auditor.get("search?site=34&q=quasimodo")).object().getInt("total")).isZero();
        problem(anonymous.get("search?q=quasimodo"), 401);

        // facets on demand (ADR 0007, amendment 3): the first page counts them, a later page only when asked, and
        // always inside the caller's sites
        JsonObject page2 = ok(auditor.get("search?q=quasimodo+OR+esmeralda&size=1&page=1")).object();
        assertThat(page2.containsKey("facets")).as("not counted on a later page by default").isFalse();
        assertThat(page2.getInt("total")).isEqualTo(2);
        assertThat(page2.getJsonArray("hits")).hasSize(1);
        JsonObject asked = ok(auditor.get("search?q=quasimodo+OR+esmeralda&size=1&page=1&facets=true")).object();
        assertThat(asked.getJsonObject("facets").getJsonObject("site").keySet()).containsOnly("30", "34");
        assertThat(asked.getJsonArray("hits").getJsonObject(0).getInt("id"))
                .isEqualTo(page2.getJsonArray("hits").getJsonObject(0).getInt("id"));
        assertThat(ok(auditor.get("search?q=quasimodo&facets=false")).object().containsKey("facets")).isFalse();
        JsonObject otherAsked = ok(agent34.get("search?q=quasimodo+OR+esmeralda&page=1&facets=true")).object();
        assertThat(otherAsked.getJsonObject("facets").getJsonObject("site").keySet()).containsOnly("34");
        assertThat(ok(agent34.get("sites/34/documents/search?q=quasimodo+OR+esmeralda&facets=true")).object()
                .getJsonObject("facets").getJsonObject("site").keySet()).containsOnly("34");
        problem(auditor.get("search?q=quasimodo&facets=yes"), 400);
        problem(agent34.get("sites/30/documents/search?q=quasimodo&facets=true"), 404);
    }

    /** A document is never destroyed (IV.2): withdrawn, it leaves the search and the lists, and stays readable. */
    @Test
    void aWithdrawnDocumentLeavesTheSearchAndTheListsButStaysReadableForAudits() {
        byte[] bytes = "Ancienne procédure d'accueil du guichet hippocampe.".getBytes(StandardCharsets.UTF_8);
        JsonObject old = created(upload(referent30, "sites/30/documents", metadata("REFERENCE",
                "Procédure hippocampe", "[\"2\"]", "\"reviewDate\":\"" + LocalDate.now().plusDays(5) + "\""),
                "procedure.txt", "text/plain", bytes));
        String doc = "sites/30/documents/" + old.getInt("id");
        awaitHits(referent30, "sites/30/documents/search?q=hippocampe", 1);

        problem(agent30.post(doc + "/withdrawal", "application/json", "{\"reason\":\"Remplacée\"}"), 403);
        problem(auditor.post(doc + "/withdrawal", "application/json", "{\"reason\":\"Remplacée\"}"), 403);
        problem(agent34.post(doc + "/withdrawal", "application/json", "{\"reason\":\"Remplacée\"}"), 403);
        problem(referent30.post(doc + "/withdrawal", "application/json", "{\"reason\":\"  \"}"), 400);
        JsonObject withdrawn = ok(referent30.post(doc + "/withdrawal", "application/json",
                "{\"reason\":\"Remplacée par la procédure 2027\"}")).object();
        assertThat(withdrawn.getString("withdrawalReason")).isEqualTo("Remplacée par la procédure 2027");
        assertThat(withdrawn.getString("withdrawnBy")).isEqualTo("doc-referent-30");
        problem(referent30.post(doc + "/withdrawal", "application/json", "{\"reason\":\"Encore\"}"), 409);

        for (int i = 0; i < 100 && ok(referent30.get("sites/30/documents/search?q=hippocampe")).object()
                .getInt("total") > 0; i++) {
            sleep(50);
        }
        assertThat(ok(referent30.get("sites/30/documents/search?q=hippocampe")).object().getInt("total"))
                .as("out of the search within 5 s").isZero();
        assertThat(titles(ok(referent30.get("sites/30/documents")))).doesNotContain("Procédure hippocampe");
        assertThat(titles(ok(referent30.get("sites/30/documents/review-due?days=30"))))
                .doesNotContain("Procédure hippocampe");
        assertThat(titles(ok(auditor.get("sites/30/documents?withdrawn=true")))).contains("Procédure hippocampe");
        assertThat(ok(auditor.get(doc)).object().getString("withdrawalReason")).isNotBlank();
        assertThat(raw(auditor, doc + "/versions/1/content").body()).isEqualTo(bytes);
        problem(referent30.get("sites/30/documents?withdrawn=maybe"), 400);
        problem(upload(referent30, doc + "/versions", null, "v2.txt", "text/plain", bytes), 409);
        assertThat(AuditTrails.auditTrail("30", "Document")).contains("doc-referent-30 WITHDRAW Document");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Confidentiality levels (documents.domain.Confidentiality), enforced the same way in every read path. */
    @Test
    void aRestrictedDocumentIsAbsentForAgentsAndOpenToTheReferentAndTheAuditors() {
        byte[] bytes = "Madame Zéphyrine conteste la réponse à sa réclamation.".getBytes(StandardCharsets.UTF_8);
        JsonObject restricted = created(upload(referent30, "sites/30/documents", metadata("RECORD",
                "Plainte nominative", "[\"17.2\"]", "\"confidentiality\":\"RESTRICTED\""), "plainte.txt",
                "text/plain", bytes));
        assertThat(restricted.getString("confidentiality")).isEqualTo("RESTRICTED");
        created(agent30.post("sites/30/documents", "application/json", metadata("RECORD", "Relance zéphyrine",
                "[\"17.2\"]", "\"note\":\"Relance interne du dossier zéphyrine.\"")));
        String doc = "sites/30/documents/" + restricted.getInt("id");
        awaitHits(referent30, "sites/30/documents/search?q=zephyrine", 2);

        // An agent of the site: not a hit, not counted, no snippet, not listed, not shown, not downloadable.
        JsonObject agentView = ok(agent30.get("sites/30/documents/search?q=zephyrine")).object();
        assertThat(agentView.getInt("total")).isEqualTo(1);
        assertThat(agentView.getJsonObject("facets").getJsonObject("kind").getInt("RECORD")).isEqualTo(1);
        assertThat(agentView.toString()).doesNotContain("Plainte", "conteste");
        assertThat(ok(agent30.get("search?q=conteste")).object().getInt("total")).isZero();
        assertThat(titles(ok(agent30.get("sites/30/documents")))).contains("Relance zéphyrine")
                .doesNotContain("Plainte nominative");
        assertThat(titles(ok(agent30.get("sites/30/documents?reference=17.2")))).doesNotContain(
                "Plainte nominative");
        problem(agent30.get(doc), 404);
        problem(agent30.get(doc + "/versions/1/content"), 404);
        assertThat(raw(agent30, doc + "/versions/1/content").statusCode()).isEqualTo(404);
        problem(upload(agent30, "sites/30/documents", metadata("RECORD", "Classement interdit", "[]",
                "\"confidentiality\":\"RESTRICTED\""), "x.txt", "text/plain", bytes), 403);

        // The référent, the site's auditor, and a pilot who holds an auditor's grant on the site read it.
        for (Api reader : List.of(referent30, auditor, pilotWithAGrant)) {
            JsonObject all = ok(reader.get("sites/30/documents/search?q=zephyrine")).object();
            assertThat(all.getInt("total")).isEqualTo(2);
            assertThat(all.toString()).contains("<mark>Zéphyrine</mark>");
            assertThat(raw(reader, doc + "/versions/1/content").body()).isEqualTo(bytes);
            assertThat(titles(ok(reader.get("sites/30/documents")))).contains("Plainte nominative");
        }
        // A pilot or the DMAT without a grant on the site: no content at all.
        problem(pilot.get("sites/30/documents/search?q=zephyrine"), 403);
        problem(pilot.get(doc), 403);
        problem(pilot.get("search?q=zephyrine"), 404);
        problem(dmat.get(doc + "/versions/1/content"), 403);
        problem(dmat.get("sites/30/documents"), 403);
    }

    @Test
    void theDmatRebuildsTheIndexWhileSearchesGoOn() throws InterruptedException {
        created(upload(agent34, "sites/34/documents", metadata("RECORD", "Avant reconstruction", "[]", null),
                "a.txt", "text/plain", "palimpseste".getBytes(StandardCharsets.UTF_8)));
        created(upload(referent30, "sites/30/documents", metadata("RECORD", "Autre site", "[]", null),
                "a.txt", "text/plain", "oxymore gardois".getBytes(StandardCharsets.UTF_8)));
        awaitHits(agent34, "sites/34/documents/search?q=palimpseste", 1);
        awaitHits(referent30, "sites/30/documents/search?q=oxymore", 1);
        problem(agent34.post("search/rebuilds", "application/json", "{}"), 403);
        JsonObject progress = rebuild("{}");
        assertThat(ok(agent34.get("sites/34/documents/search?q=palimpseste")).object().getInt("total"))
                .isEqualTo(1);
        progress = rebuild("{\"site\":\"34\"}");
        assertThat(progress.getString("site")).isEqualTo("34");
        assertThat(ok(agent34.get("sites/34/documents/search?q=palimpseste")).object().getInt("total"))
                .isEqualTo(1);
        assertThat(ok(referent30.get("sites/30/documents/search?q=oxymore")).object().getInt("total"))
                .as("the other sites are kept by a one-site rebuild").isEqualTo(1);
        created(upload(agent34, "sites/34/documents", metadata("RECORD", "Après reconstruction", "[]", null),
                "b.txt", "text/plain", "anacoluthe".getBytes(StandardCharsets.UTF_8)));
        awaitHits(agent34, "sites/34/documents/search?q=anacoluthe", 1);
        problem(dmat.post("search/rebuilds", "application/json", "{\"site\":\"99\"}"), 404);
    }

    /** Starts a rebuild as the DMAT and follows it to its end, checking searches are answered meanwhile. */
    static JsonObject rebuild(String body) throws InterruptedException {
        Reply started = dmat.post("search/rebuilds", "application/json", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject progress = started.object();
        for (int i = 0; i < 100 && !"DONE".equals(progress.getString("state")); i++) {
            assertThat(ok(agent34.get("sites/34/documents/search?q=palimpseste")).object().getInt("total"))
                    .as("searches are answered during the rebuild").isEqualTo(1);
            Thread.sleep(200);
            progress = ok(dmat.get("search/rebuilds/latest")).object();
        }
        assertThat(progress.getString("state")).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.getJsonNumber("done").longValue()).isEqualTo(progress.getJsonNumber("total")
                .longValue());
        return progress;
    }

    // ---- helpers ----

    static String metadata(String kind, String title, String refs, String more) {
        return "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"references\":" + refs
                + (more == null ? "" : "," + more) + "}";
    }

    static final String BOUNDARY = "qualepref-test-boundary";

    /** A multipart/form-data body with an optional "metadata" JSON part and a "file" part. */
    static byte[] multipart(String metadata, String fileName, String fileType, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (metadata != null) {
                out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Reply upload(Api api, String path, String metadata, String fileName, String type, byte[] file) {
        return api.send(HttpRequest.newBuilder(api.api(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(metadata, fileName, type, file))));
    }

    /** A download, bytes and headers as received. */
    static HttpResponse<byte[]> raw(Api api, String path) {
        return api.download(path);
    }

    /** Polls a search until it has {@code hits} hits (at most 5 s), returning the result. */
    static JsonObject awaitHits(Api api, String path, int hits) {
        JsonObject last = null;
        for (int i = 0; i < 100; i++) {
            Reply r = api.get(path);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            last = r.object();
            if (last.getInt("total") >= hits) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + hits + " hit(s) for " + path + " within 5 s: " + last);
    }

    static JsonObject created(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.object();
    }

    static Reply ok(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
    }

    static List<String> titles(Reply r) {
        return r.array().stream().map(JsonObject.class::cast).map(d -> d.getString("title")).toList();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files named after this hash in the server's document store (failsafe's QUALEPREF_DATA_DIR). */
    static long storedCopies(String sha256) throws IOException {
        Path store = Path.of("target", "it-data", "documents");
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(f -> f.getFileName().toString().equals(sha256)).count();
        }
    }
}
