package fr.interieur.qualepref.cli.sites;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the site routes with their codes and query values encoded. */
final class SitePaths {

    private SitePaths() {
    }

    static String site(String code) {
        return "/sites/" + encode(code);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
