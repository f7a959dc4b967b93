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

    private final URI app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code deployment} is the URL Arquillian gives for the application (its context root). */
    public Api(URL deployment) {
        this.app = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
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

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
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
