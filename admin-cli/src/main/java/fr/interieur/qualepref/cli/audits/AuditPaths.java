package fr.interieur.qualepref.cli.audits;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class AuditPaths {

    private AuditPaths() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String siteAudits(String site) {
        return "/sites/" + encode(site) + "/audits";
    }

    static String audit(long id) {
        return "/audits/" + id;
    }
}
