package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancels an audit (kept, with the reason); refused if an external audit relies on it (V.2).")
public final class AuditsCancelCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.post(AuditPaths.audit(id) + "/cancellation",
                Json.object().put("reason", reason)), AuditColumns.ONE);
        return ExitCodes.OK;
    }
}
