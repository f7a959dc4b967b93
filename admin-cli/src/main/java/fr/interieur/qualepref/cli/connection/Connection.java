package fr.interieur.qualepref.cli.connection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * The CLI's side of the token dance of docs/api.md: a command that needs a caller spends the stored refresh token
 * once for a fresh access token, and stores the new refresh token at once, since the spent one is worth nothing.
 */
public final class Connection {

    private final Settings settings;
    private final ApiClient client;
    private final SessionStore sessions;
    private String accessToken;

    public Connection(Settings settings) {
        this.settings = settings;
        this.client = new ApiClient(settings.server());
        this.sessions = new SessionStore(settings.configDir());
    }

    public Settings settings() {
        return settings;
    }

    /** For the open routes (the référentiel). */
    public JsonNode getOpen(String path) {
        return client.send("GET", path, null, null);
    }

    public JsonNode get(String path) {
        return client.send("GET", path, null, accessToken());
    }

    public JsonNode post(String path, JsonNode body) {
        return client.send("POST", path, body, accessToken());
    }

    public JsonNode put(String path, JsonNode body) {
        return client.send("PUT", path, body, accessToken());
    }

    /** A document that is not JSON, e.g. {@code text/html} or {@code text/csv}. */
    public String text(String path, String accept) {
        return client.text(path, accept, accessToken());
    }

    /** A document as the server sent it, byte for byte (e.g. a spreadsheet). */
    public byte[] bytes(String path, String accept) {
        return client.bytes(path, accept, accessToken());
    }

    public JsonNode delete(String path) {
        return client.send("DELETE", path, null, accessToken());
    }

    /** Clears the password array once it is sent. */
    public void login(String login, char[] password) {
        try {
            JsonNode tokens = client.send("POST", "/auth/token",
                    Json.object().put("login", login).put("password", new String(password)), null);
            sessions.save(new Session(server(), login, tokens.path("refresh_token").asText()));
            accessToken = tokens.path("access_token").asText();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** @return the login that was logged out, or null if there was no session */
    public String logout() {
        return sessions.whileLocked(this::revoke);
    }

    private String revoke() {
        Session session = sessions.load().orElse(null);
        if (session == null) {
            return null;
        }
        try {
            client.send("POST", "/auth/token/revocation", Json.object().put("refresh_token", session.refreshToken()),
                    null);
        } finally {
            // Even if the server cannot be told, the token must not stay on this machine.
            sessions.delete();
        }
        return session.login();
    }

    private String accessToken() {
        if (accessToken == null) {
            accessToken = sessions.whileLocked(this::refresh);
        }
        return accessToken;
    }

    private String refresh() {
        Session session = sessions.load().orElseThrow(() -> new CommandFailure(ExitCodes.UNREACHABLE,
                "not logged in to " + server() + "; run: qualepref login"));
        if (!server().equals(session.server())) {
            throw new CommandFailure(ExitCodes.UNREACHABLE,
                    "not logged in to " + server() + " (the session is for " + session.server()
                            + "); run: qualepref login");
        }
        JsonNode tokens;
        try {
            tokens = client.send("POST", "/auth/token/refresh",
                    Json.object().put("refresh_token", session.refreshToken()), null);
        } catch (CommandFailure f) {
            if (f.httpStatus() == 400 || f.httpStatus() == 401) {
                throw new CommandFailure(ExitCodes.UNREACHABLE,
                        "the session of " + session.login() + " has expired or was revoked; run: qualepref login");
            }
            throw f;
        }
        sessions.save(new Session(session.server(), session.login(), tokens.path("refresh_token").asText()));
        return tokens.path("access_token").asText();
    }

    private String server() {
        return settings.server().toString();
    }
}
