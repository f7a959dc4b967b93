package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Label coverage: labelled sites against the sites in scope (II.2, target 100 %). The table shows the national,
 * regional and per-type shares, then the sites not labelled and why; CSV has one row per share (scope, key, …).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Labelled sites against the sites that must be (II.2), nationally, by region and by type.")
public final class ReportsCoverageCommand extends ServerCommand {

    static final List<Column> SHARES = List.of(field("scope"), field("key"), field("inScope"), field("labelled"),
            new Column("rate", s -> String.format(Locale.ROOT, "%.1f%%", 100 * s.path("rate").asDouble())));

    static final List<Column> MISSING = List.of(field("site"), field("name"), field("region"), field("type"),
            field("state"), field("reason"), field("nextExternalAudit"));

    @Mixin
    OutputOptions output;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day (default today).")
    LocalDate on;

    @Override
    protected int execute(Connection connection) {
        JsonNode report = connection.get("/reports/coverage" + (on == null ? "" : "?on=" + on));
        if (output.format() == OutputOptions.Format.json) {
            out().println(Json.pretty(report));
            out().flush();
            return ExitCodes.OK;
        }
        ArrayNode shares = Json.array(List.of());
        shares.add(((ObjectNode) report.path("national").deepCopy()).put("scope", "national"));
        for (String scope : List.of("byRegion", "byType")) {
            for (JsonNode s : report.path(scope)) {
                shares.add(((ObjectNode) s.deepCopy()).put("scope", scope.equals("byRegion") ? "region" : "type"));
            }
        }
        if (output.format() == OutputOptions.Format.csv) {
            output.printList(out(), shares, SHARES);
            return ExitCodes.OK;
        }
        out().println("Label coverage on " + report.path("on").asText() + " (target "
                + Math.round(100 * report.path("target").asDouble()) + " %)");
        output.printList(out(), shares, SHARES);
        out().println();
        out().println("Not labelled:");
        output.printList(out(), report.path("notLabelled"), MISSING);
        return ExitCodes.OK;
    }
}
