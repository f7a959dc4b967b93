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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The audit calendar: one row per audit, with its list (upcoming, overdue, breach of V.2). */
@Command(name = "audits", mixinStandardHelpOptions = true,
        description = "Upcoming and overdue audits, and external audits without their internal audit (V.2).")
public final class ReportsAuditsCommand extends ServerCommand {

    static final List<Column> COLUMNS = List.of(field("list"), field("id"), field("site"), field("region"),
            field("type"), field("status"), field("date"), field("auditor"));

    @Mixin
    OutputOptions output;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day (default today).")
    LocalDate on;

    @Override
    protected int execute(Connection connection) {
        JsonNode report = connection.get("/reports/audits" + (on == null ? "" : "?on=" + on));
        if (output.format() == OutputOptions.Format.json) {
            out().println(Json.pretty(report));
            out().flush();
            return ExitCodes.OK;
        }
        ArrayNode rows = Json.array(List.of());
        for (String list : List.of("breaches", "overdue", "upcoming")) {
            for (JsonNode a : report.path(list)) {
                rows.add(((ObjectNode) a.deepCopy()).put("list", list));
            }
        }
        output.printList(out(), rows, COLUMNS);
        return ExitCodes.OK;
    }
}
