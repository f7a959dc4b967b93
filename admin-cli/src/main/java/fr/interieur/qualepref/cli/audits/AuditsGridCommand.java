package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The grid of an audit. {@code --output csv} is the server's own CSV export (all columns), which
 * {@code audits verdicts} reads back once the verdict column is filled in.
 */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"Shows an audit's grid: commitments, items and requirements with their verdicts.",
                "-o csv prints the server's CSV export, which 'audits verdicts' reads back."})
public final class AuditsGridCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Override
    protected int execute(Connection connection) {
        if (output.format() == OutputOptions.Format.csv) {
            out().print(connection.text(AuditPaths.audit(id) + "/grid", "text/csv"));
            out().flush();
            return ExitCodes.OK;
        }
        var grid = connection.get(AuditPaths.audit(id) + "/grid");
        if (output.format() == OutputOptions.Format.json) {
            out().println(Json.pretty(grid));
            out().flush();
            return ExitCodes.OK;
        }
        output.printList(out(), grid.path("grid"), AuditColumns.GRID);
        out().println(grid.path("assessed").asInt() + " of " + grid.path("lines").asInt() + " lines assessed");
        out().flush();
        return ExitCodes.OK;
    }
}
