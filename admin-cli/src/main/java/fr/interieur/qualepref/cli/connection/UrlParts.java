package fr.interieur.qualepref.cli.connection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes a value for a path segment or a query parameter of an API URL: a space as {@code %20}, not {@code +}. */
public final class UrlParts {

    private UrlParts() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
