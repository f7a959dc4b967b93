package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The labels that need attention: one row per warning (expiry without renewal audit, follow-up not scheduled). */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Labels expiring within 6 months without a renewal audit, follow-up audits not scheduled.")
public final class ReportsLabelsCommand extends ReportCommand {

    static final List<Column> COLUMNS = List.of(field("site"), field("region"), field("validUntil"),
            field("followUpDue"), field("code"), field("message"));

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day (default today).")
    LocalDate on;

    @Override
    protected String path() {
        return query("/reports/labels", "on", on);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        output.printList(out, report.path("warnings"), COLUMNS);
    }
}
