package fr.interieur.qualepref.cli.reports;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** Module adoption: one row per scope (national, each region, each type) with one column per module. */
@Command(name = "modules", mixinStandardHelpOptions = true,
        description = "How many engaged sites take each module, nationally, by region and by type.")
public final class ReportsModulesCommand extends ReportCommand {

    @Override
    protected String path() {
        return "/reports/modules";
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        List<Column> columns = new ArrayList<>(List.of(Column.field("scope"), Column.field("key"),
                Column.field("sites")));
        report.path("national").path("modules").fieldNames().forEachRemaining(m ->
                columns.add(new Column("module" + m, r -> Column.text(r.path("modules").path(m)))));
        output.printList(out, scoped(report, "byRegion", "byType"), columns);
    }
}
