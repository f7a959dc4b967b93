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

/** The audit calendar: one row per audit, with its list (upcoming, overdue, breach of V.2). */
@Command(name = "audits", mixinStandardHelpOptions = true,
        description = "Upcoming and overdue audits, and external audits without their internal audit (V.2).")
public final class ReportsAuditsCommand extends ReportCommand {

    static final List<Column> COLUMNS = List.of(field("list"), field("id"), field("site"), field("region"),
            field("type"), field("status"), field("date"), field("auditor"));

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day (default today).")
    LocalDate on;

    @Override
    protected String path() {
        return query("/reports/audits", "on", on);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        ArrayNode rows = Json.array(List.of());
        for (String list : List.of("breaches", "overdue", "upcoming")) {
            for (JsonNode a : report.path(list)) {
                rows.add(((ObjectNode) a.deepCopy()).put("list", list));
            }
        }
        output.printList(out, rows, COLUMNS);
    }
}
