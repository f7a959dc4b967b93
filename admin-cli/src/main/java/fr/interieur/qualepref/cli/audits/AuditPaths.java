package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.connection.UrlParts;

final class AuditPaths {

    private AuditPaths() {
    }

    static String encode(String value) {
        return UrlParts.encode(value);
    }

    static String siteAudits(String site) {
        return "/sites/" + encode(site) + "/audits";
    }

    static String audit(long id) {
        return "/audits/" + id;
    }
}
