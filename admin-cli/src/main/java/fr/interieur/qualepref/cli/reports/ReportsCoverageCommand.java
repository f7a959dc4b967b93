package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Label coverage: labelled sites against the sites in scope (II.2, target 100 %). The table shows the national,
 * regional and per-type shares, then the sites not labelled and why; CSV has one row per share (scope, key, …).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Labelled sites against the sites that must be (II.2), nationally, by region and by type.")
public final class ReportsCoverageCommand extends ReportCommand {

    static final List<Column> SHARES = List.of(field("scope"), field("key"), field("inScope"), field("labelled"),
            Column.percent("rate"));

    static final List<Column> MISSING = List.of(field("site"), field("name"), field("region"), field("type"),
            field("state"), field("reason"), field("nextExternalAudit"));

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day (default today).")
    LocalDate on;

    @Override
    protected String path() {
        return query("/reports/coverage", "on", on);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        ArrayNode shares = scoped(report, "byRegion", "byType");
        if (output.format() == OutputOptions.Format.csv) {
            output.printList(out, shares, SHARES);
            return;
        }
        out.println("Label coverage on " + report.path("on").asText() + " (target "
                + Math.round(100 * report.path("target").asDouble()) + " %)");
        output.printList(out, shares, SHARES);
        out.println();
        out.println("Not labelled:");
        output.printList(out, report.path("notLabelled"), MISSING);
    }
}
