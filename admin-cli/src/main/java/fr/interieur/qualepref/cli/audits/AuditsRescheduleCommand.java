package fr.interieur.qualepref.cli.audits;

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

@Command(name = "reschedule", mixinStandardHelpOptions = true,
        description = "Moves an audit; the 2-month rule (V.2) is checked again.")
public final class AuditsRescheduleCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.put(AuditPaths.audit(id) + "/date",
                Json.object().put("date", date.toString())), AuditColumns.ONE);
        return ExitCodes.OK;
    }
}
