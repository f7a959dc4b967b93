package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Governance of a year: the sites that held their comité des usagers (IV.5), bilan annuel (V.1) and COFIL (IV.1),
 * and training compliance (IV.3). The table prints the national and regional totals, then the sites; CSV the totals.
 */
@Command(name = "governance", mixinStandardHelpOptions = true,
        description = "Comité des usagers, bilan annuel, COFIL and training compliance of the engaged sites, for a year.")
public final class ReportsGovernanceCommand extends ReportCommand {

    static final List<Column> TOTALS = List.of(field("scope"), field("key"), field("sites"), field("committeeMet"),
            field("annualReviewHeld"), field("cofilWithMinutes"), field("agentsWithDuty"), field("agentsCompliant"),
            Column.percent("committeeRate"), Column.percent("annualReviewRate"), Column.percent("trainingRate"));

    static final List<Column> SITES = List.of(field("site"), field("region"), field("committeeMet"),
            field("annualReview"), field("cofilMinutes"), field("agentsWithDuty"), field("agentsCompliant"));

    @Option(names = "--year", paramLabel = "YYYY", description = "The year (default this one).")
    Integer year;

    @Override
    protected String path() {
        return query("/reports/governance", "year", year);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        output.printList(out, scoped(report, "byRegion"), TOTALS);
        if (output.format() == OutputOptions.Format.table) {
            out.println();
            out.println("Sites (" + report.path("year").asText() + ", evaluated on " + report.path("on").asText()
                    + "):");
            output.printList(out, report.path("sites"), SITES);
        }
    }
}
