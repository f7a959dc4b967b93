package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.connection.UrlParts;

/** Builds the site routes with their codes and query values encoded. */
final class SitePaths {

    private SitePaths() {
    }

    static String site(String code) {
        return "/sites/" + encode(code);
    }

    static String encode(String value) {
        return UrlParts.encode(value);
    }
}
