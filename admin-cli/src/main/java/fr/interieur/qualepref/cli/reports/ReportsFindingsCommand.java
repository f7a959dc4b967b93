package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Findings by commitment: one row per scope (national, then each region) and reference, most serious first. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "The commitments with the most findings in the audits closed over a period (default: 12 months).")
public final class ReportsFindingsCommand extends ReportCommand {

    static final List<Column> COLUMNS = List.of(field("scope"), field("reference"), field("sites"),
            field("major"), field("minor"), field("pointsSensibles"));

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    LocalDate to;

    @Override
    protected String path() {
        return query("/reports/findings", "from", from, "to", to);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        ArrayNode rows = Json.array(List.of());
        report.path("national").path("references").forEach(r -> rows.add(((ObjectNode) r.deepCopy())
                .put("scope", "national")));
        for (JsonNode region : report.path("byRegion")) {
            region.path("references").forEach(r -> rows.add(((ObjectNode) r.deepCopy())
                    .put("scope", region.path("key").asText())));
        }
        output.printList(out, rows, COLUMNS);
    }
}
