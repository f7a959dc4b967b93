package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Sets the verdict of one grid line, named by its reference (17, 17.2, IV.5).")
public final class AuditsAssessCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "REFERENCE")
    String reference;

    @Option(names = "--verdict", required = true, paramLabel = "VERDICT", description = "conforme, point-fort, "
            + "piste-de-progres, point-sensible, non-conformite-mineure, non-conformite-majeure, non-applicable, "
            + "non-evalue (accents optional).")
    String verdict;

    @Option(names = "--comment", paramLabel = "TEXT")
    String comment;

    @Option(names = "--evidence", split = ",", paramLabel = "DOC,DOC",
            description = "The line's evidence document ids (replaces the list).")
    List<Long> evidence;

    @Override
    protected int execute(Connection connection) {
        long line = new GridLines(connection, id).id(reference);
        ObjectNode body = Json.object().put("verdict", verdict);
        if (comment != null) {
            body.put("comment", comment);
        }
        if (evidence != null) {
            evidence.forEach(body.putArray("evidence")::add);
        }
        output.printOne(out(), connection.put(AuditPaths.audit(id) + "/grid/" + line, body), AuditColumns.GRID);
        return ExitCodes.OK;
    }
}
