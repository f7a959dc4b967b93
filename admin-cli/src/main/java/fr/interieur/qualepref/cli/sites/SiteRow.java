package fr.interieur.qualepref.cli.sites;

import java.util.List;

/**
 * One site as a tenants/ data file describes it (tenants/README.md), with where it was read, so that every refusal
 * names its file and line. Empty contact cells are {@code null}: the file does not manage that contact.
 */
record SiteRow(String file, long line, String code, String name, SiteType type, String department, String region,
               String parent, boolean cert, boolean engaged, List<Integer> modules, String email, String phone,
               String website) {

    String departmentCode() {
        return code.split("-", 2)[0];
    }

    String where() {
        return file + ":" + line;
    }
}
