package fr.interieur.qualepref.cli.connection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON exchange with {@code /api/v1}. A problem+json answer becomes a {@link CommandFailure} whose message the
 * user can act on: the server's {@code detail}, then each broken rule or invalid field on its own line.
 */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI server;
    private final HttpClient http;

    public ApiClient(URI server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI server() {
        return server;
    }

    /** @return the answer's JSON, or a missing node for an empty answer (204) */
    public JsonNode send(String method, String path, JsonNode body, String accessToken) {
        HttpResponse<byte[]> response = exchange(method, path, body, "application/json", accessToken);
        return read(new String(response.body(), StandardCharsets.UTF_8), response.statusCode());
    }

    /** A GET of a document that is not JSON (an HTML report, a CSV export): its text as the server sent it. */
    public String text(String path, String accept, String accessToken) {
        return new String(bytes(path, accept, accessToken), StandardCharsets.UTF_8);
    }

    /** A GET of a document as bytes (a spreadsheet, a page written to a file as the server sent it). */
    public byte[] bytes(String path, String accept, String accessToken) {
        return exchange("GET", path, null, accept, accessToken).body();
    }

    private HttpResponse<byte[]> exchange(String method, String path, JsonNode body, String accept,
                                          String accessToken) {
        String base = server.toString().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(TIMEOUT)
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.compact(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable("connection refused or timed out");
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        throw refusal(status, new String(response.body(), StandardCharsets.UTF_8));
    }

    private CommandFailure unreachable(String why) {
        return new CommandFailure(ExitCodes.UNREACHABLE, "cannot reach the server at " + server + ": " + oneLine(why));
    }

    private JsonNode read(String body, int status) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new CommandFailure(ExitCodes.UNREACHABLE,
                    "the server at " + server + " answered " + status + " with a body that is not JSON");
        }
    }

    /** 401 and 5xx mean "cannot work with this server now" (3); any other 4xx is a refusal of the request (1). */
    static CommandFailure refusal(int status, String body) {
        JsonNode problem;
        try {
            problem = body == null || body.isBlank() ? MissingNode.getInstance() : Json.parse(body);
        } catch (JsonProcessingException e) {
            problem = MissingNode.getInstance();
        }
        List<String> lines = new ArrayList<>();
        String detail = problem.path("detail").asText("");
        lines.add(oneLine(detail.isBlank() ? "the server answered HTTP " + status : detail));
        for (JsonNode v : problem.path("violations")) {
            lines.add("refused: " + oneLine(v.path("en").asText()) + " (" + v.path("rule").asText() + ", "
                    + v.path("reference").asText() + ")");
        }
        for (JsonNode e : problem.path("errors")) {
            lines.add("invalid " + e.path("field").asText() + ": " + oneLine(e.path("message").asText()));
        }
        int exitCode = status == 401 || status >= 500 ? ExitCodes.UNREACHABLE : ExitCodes.REFUSED;
        return new CommandFailure(exitCode, String.join(System.lineSeparator(), lines), status);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
