package fr.interieur.qualepref.cli.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Module adoption: one row per scope (national, each region, each site type), one column per module. */
@Command(name = "modules", mixinStandardHelpOptions = true,
        description = "How many engaged sites take each module, nationally, by region and by type.")
public final class ReportsModulesCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Override
    protected int execute(Connection connection) {
        JsonNode report = connection.get("/reports/modules");
        if (output.format() == OutputOptions.Format.json) {
            out().println(Json.pretty(report));
            out().flush();
            return ExitCodes.OK;
        }
        ArrayNode rows = Json.array(List.of());
        rows.add(((ObjectNode) report.path("national").deepCopy()).put("scope", "national"));
        for (String scope : List.of("byRegion", "byType")) {
            for (JsonNode s : report.path(scope)) {
                rows.add(((ObjectNode) s.deepCopy()).put("scope", scope.equals("byRegion") ? "region" : "type"));
            }
        }
        List<Column> columns = new ArrayList<>(List.of(Column.field("scope"), Column.field("key"),
                Column.field("sites")));
        report.path("national").path("modules").fieldNames().forEachRemaining(m ->
                columns.add(new Column("module" + m, r -> Column.text(r.path("modules").path(m)))));
        output.printList(out(), rows, columns);
        return ExitCodes.OK;
    }
}
