package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Records the DMAT's decision after a closed external audit.",
                "A granted label is valid 3 years; a renewal granted before expiry extends it without a gap."})
public final class LabelsDecideCommand extends ServerCommand {

    /** Lower-case, as typed. */
    enum Decision { granted, refused, suspended }

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "AUDIT_ID", description = "The closed external audit.")
    long audit;

    @Option(names = "--decision", required = true, paramLabel = "DECISION", description = "granted, refused or "
            + "suspended.")
    Decision decision;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The decision's day (default today).")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    protected int execute(Connection connection) {
        ObjectNode body = Json.object().put("decision", decision.name())
                .put("decidedOn", (date == null ? LocalDate.now(java.time.ZoneId.of("Europe/Paris")) : date).toString());
        if (note != null) {
            body.put("note", note);
        }
        output.printOne(out(), connection.post(AuditPaths.audit(audit) + "/decision", body), AuditColumns.DECISION);
        return ExitCodes.OK;
    }
}
