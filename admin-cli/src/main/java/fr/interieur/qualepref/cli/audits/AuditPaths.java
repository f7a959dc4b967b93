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

    static final String POOL = "/auditor-pool";

    /** The pool list, filtered by region and login when given, with status active, withdrawn or all. */
    static String pool(String region, String login, String status) {
        return POOL + "?status=" + status + (region == null ? "" : "&region=" + encode(region))
                + (login == null ? "" : "&login=" + encode(login));
    }

    static String audit(long id) {
        return "/audits/" + id;
    }
}
