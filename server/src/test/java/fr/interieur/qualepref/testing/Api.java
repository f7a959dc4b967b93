package fr.interieur.qualepref.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API tests: real HTTP against the deployed server, JSON parsed with JSON-P. */
public final class Api {

    /** HTTP/1.1 as the CLI speaks it; the JDK would otherwise try an h2c upgrade on every connection. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI app;
    private final String bearer;

    /** {@code deployment} is the URL Arquillian gives for the application (its context root). */
    public Api(URL deployment) {
        this(URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"), null);
    }

    private Api(URI app, String bearer) {
        this.app = app;
        this.bearer = bearer;
    }

    /** The same client, sending {@code Authorization: Bearer <token>} with every request. */
    public Api as(String accessToken) {
        return new Api(app, accessToken);
    }

    public Reply put(String apiPath, String body) {
        return send(HttpRequest.newBuilder(api(apiPath)).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String apiPath) {
        return send(HttpRequest.newBuilder(api(apiPath)).header("Accept", "application/json").DELETE());
    }

    /** A path under the API root, e.g. "referential/latest/modules". */
    public URI api(String path) {
        return app.resolve("api/v1/" + path);
    }

    /** A path at the server root (outside the application), e.g. "/health/ready". */
    public URI server(String absolutePath) {
        return app.resolve(absolutePath);
    }

    public Reply get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().header("Accept", "application/json"));
    }

    public Reply get(String apiPath) {
        return get(api(apiPath));
    }

    public Reply post(String apiPath, String contentType, String body) {
        return send(HttpRequest.newBuilder(api(apiPath)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET whose body is kept as bytes, with every header (downloads of stored files). */
    public HttpResponse<byte[]> download(String apiPath) {
        return download(apiPath, null);
    }

    /** A GET of a document in the representation the Accept header asks for (a report page, a spreadsheet). */
    public HttpResponse<byte[]> download(String apiPath, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(apiPath)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, media type and body, with JSON accessors. */
    public record Reply(int status, String contentType, String body) {

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
