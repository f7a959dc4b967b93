package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import java.util.HashMap;
import java.util.Map;

/** The grid's line ids by reference ("17", "17.2", "IV.5"): people name lines by reference, the API by id. */
final class GridLines {

    private final Map<String, Long> ids = new HashMap<>();

    GridLines(Connection connection, long audit) {
        for (JsonNode line : connection.get(AuditPaths.audit(audit) + "/grid").path("grid")) {
            ids.put(line.path("reference").asText(), line.path("id").asLong());
        }
    }

    long id(String reference) {
        Long id = ids.get(reference.strip());
        if (id == null) {
            throw new CommandFailure(ExitCodes.REFUSED, "the grid has no line " + reference.strip());
        }
        return id;
    }
}
