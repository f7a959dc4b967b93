package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Decides, row by row, what {@code sites import} does with a site of the data files against the sites the server has:
 * create it, update the fields that differ, leave it, or refuse it with a reason. Pure: the command sends the
 * requests. An empty contact cell leaves the server's contact as it is (sites fill their own contacts).
 */
final class SiteImport {

    enum Kind { CREATE, UPDATE, UNCHANGED, REFUSE }

    /** @param body the request body for CREATE ({@code POST /sites}) and UPDATE ({@code PUT /sites/{code}}) */
    record Step(SiteRow row, Kind kind, List<String> changes, ObjectNode body, String reason) {
    }

    private SiteImport() {
    }

    /**
     * The steps in the order to run them: préfectures before the sous-préfectures that name them as parent, each
     * group in file order. A code given twice, or a department named differently on two rows, refuses the later row.
     */
    static List<Step> plan(List<SiteRow> rows, Map<String, JsonNode> existing) {
        List<Step> steps = new ArrayList<>();
        Map<String, SiteRow> byCode = new HashMap<>();
        Map<String, SiteRow> byDepartment = new HashMap<>();
        for (SiteRow row : rows) {
            SiteRow first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                steps.add(refuse(row, "code " + row.code() + " already given at " + first.where()));
                continue;
            }
            SiteRow department = byDepartment.putIfAbsent(row.departmentCode(), row);
            if (department != null && !department.department().equals(row.department())) {
                steps.add(refuse(row, "department " + row.departmentCode() + " is named '" + row.department()
                        + "' here but '" + department.department() + "' at " + department.where()));
                continue;
            }
            steps.add(step(row, existing.get(row.code())));
        }
        steps.sort(Comparator.comparing((Step s) -> s.row().parent() != null));
        return steps;
    }

    static Step step(SiteRow row, JsonNode current) {
        if (current == null) {
            return new Step(row, Kind.CREATE, List.of(), SiteBodies.create(row.code(), row.name(), row.type(),
                    row.region(), row.parent(), row.cert(), row.engaged(), row.modules(), row.email(), row.phone(),
                    row.website()), null);
        }
        if (!current.path("active").asBoolean(true)) {
            return refuse(row, "the site is deactivated on the server; the import does not reactivate sites");
        }
        if (!current.path("type").asText().equals(row.type().name())) {
            return refuse(row, "the type cannot change: the server has " + current.path("type").asText()
                    + ", the file " + row.type().name());
        }
        String parent = current.path("parent").isTextual() ? current.path("parent").asText() : null;
        if (!Objects.equals(parent, row.parent())) {
            return refuse(row, "the parent cannot change: the server has " + (parent == null ? "none" : parent)
                    + ", the file " + (row.parent() == null ? "none" : row.parent()));
        }
        ObjectNode body = SiteBodies.updateFrom(current);
        List<String> changes = new ArrayList<>();
        if (!row.name().equals(current.path("name").asText())) {
            changes.add("name");
            body.put("name", row.name());
        }
        if (!row.region().equals(current.path("region").asText())) {
            changes.add("region");
            body.put("region", row.region());
        }
        if (row.cert() != current.path("hasCert").asBoolean()) {
            changes.add("hasCert");
            body.put("hasCert", row.cert());
        }
        if (row.engaged() != current.path("engaged").asBoolean()) {
            changes.add("engaged");
            body.put("engaged", row.engaged());
        }
        TreeSet<Integer> serverModules = new TreeSet<>();
        current.path("modules").forEach(m -> serverModules.add(m.asInt()));
        if (!serverModules.equals(new TreeSet<>(row.modules()))) {
            changes.add("modules");
            var modules = body.putArray("modules");
            new TreeSet<>(row.modules()).forEach(modules::add);
        }
        ObjectNode contact = (ObjectNode) body.get("contact");
        contact(contact, changes, "email", row.email());
        contact(contact, changes, "phone", row.phone());
        contact(contact, changes, "website", row.website());
        return changes.isEmpty() ? new Step(row, Kind.UNCHANGED, List.of(), null, null)
                : new Step(row, Kind.UPDATE, List.copyOf(changes), body, null);
    }

    private static void contact(ObjectNode contact, List<String> changes, String field, String wanted) {
        if (wanted != null && !wanted.equals(contact.path(field).asText(null))) {
            changes.add(field);
            contact.put(field, wanted);
        }
    }

    static Step refuse(SiteRow row, String reason) {
        return new Step(row, Kind.REFUSE, List.of(), null, reason);
    }
}
