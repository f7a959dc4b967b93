package fr.interieur.qualepref.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the HTTP peer: it records what the CLI sends and answers what the test scripted. The CLI's
 * behaviour against the real server is the end-to-end tests' job.
 */
final class FakeServer implements AutoCloseable {

    record Request(String method, String path, String query, String authorization, String accept, String body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(method, path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept"), body));
            Answer a = answers.getOrDefault(method + " " + path, new Answer(404, "application/problem+json",
                    "{\"status\":404,\"detail\":\"No resource at " + path + ".\"}"));
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
            exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeServer json(String method, String path, int status, String body) {
        answers.put(method + " /api/v1" + path, new Answer(status, "application/json", body));
        return this;
    }

    FakeServer answerText(String method, String path, String contentType, String body) {
        answers.put(method + " /api/v1" + path, new Answer(200, contentType, body));
        return this;
    }

    FakeServer problem(String method, String path, int status, String body) {
        answers.put(method + " /api/v1" + path, new Answer(status, "application/problem+json", body));
        return this;
    }

    /** The token routes answering as docs/api.md says, with a new pair each time. */
    FakeServer tokens(String refreshTokenAfterRefresh) {
        json("POST", "/auth/token", 200,
                "{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                        + "\"refresh_token\":\"refresh-1\"}");
        json("POST", "/auth/token/refresh", 200, "{\"access_token\":\"access-2\",\"token_type\":\"Bearer\","
                + "\"expires_in\":900,\"refresh_token\":\"" + refreshTokenAfterRefresh + "\"}");
        json("POST", "/auth/token/revocation", 204, "");
        return this;
    }

    Request last(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals("/api/v1" + path))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + requests));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
