package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.connection.Json;
import java.util.List;

/**
 * The body of {@code PUT /sites/{code}} (docs/api.md): every changeable field, since a PUT replaces them all. Built
 * from the server's current view so that a command changing one field sends the others unchanged.
 */
final class SiteBodies {

    private static final String[] CONTACT_FIELDS = {"email", "phone", "address", "website"};

    private SiteBodies() {
    }

    /** The body of {@code POST /sites}; {@code null} values are left out. */
    static ObjectNode create(String code, String name, SiteType type, String region, String parent, boolean cert,
                             boolean engaged, List<Integer> modules, String email, String phone, String website) {
        ObjectNode body = Json.object()
                .put("code", code).put("name", name).put("type", type.name()).put("region", region)
                .put("hasCert", cert).put("engaged", engaged);
        if (parent != null) {
            body.put("parent", parent);
        }
        modules.forEach(body.putArray("modules")::add);
        if (email != null || phone != null || website != null) {
            ObjectNode contact = body.putObject("contact");
            putIfPresent(contact, "email", email);
            putIfPresent(contact, "phone", phone);
            putIfPresent(contact, "website", website);
        }
        return body;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static ObjectNode updateFrom(JsonNode current) {
        ObjectNode body = Json.object()
                .put("name", current.path("name").asText())
                .put("region", current.path("region").asText())
                .put("hasCert", current.path("hasCert").asBoolean())
                .put("engaged", current.path("engaged").asBoolean());
        var modules = body.putArray("modules");
        current.path("modules").forEach(m -> modules.add(m.asInt()));
        ObjectNode contact = body.putObject("contact");
        for (String field : CONTACT_FIELDS) {
            JsonNode value = current.path("contact").path(field);
            if (value.isTextual()) {
                contact.put(field, value.asText());
            }
        }
        return body;
    }
}
