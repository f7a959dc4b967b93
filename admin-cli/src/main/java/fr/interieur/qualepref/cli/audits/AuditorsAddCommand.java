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

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds a user to a region's pool of internal auditors, with the training that qualifies them "
                + "(IV.3): its day and the reference of the attestation or attendance sheet.")
public final class AuditorsAddCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Option(names = "--region", required = true, paramLabel = "REGION")
    String region;

    @Option(names = "--trained-on", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate trainedOn;

    @Option(names = "--attestation", required = true, paramLabel = "TEXT",
            description = "Reference of the training attestation or attendance sheet.")
    String attestation;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.post(AuditPaths.POOL, Json.object().put("login", login)
                .put("region", region).put("trainedOn", trainedOn.toString()).put("attestation", attestation)),
                AuditColumns.POOL_MEMBER);
        return ExitCodes.OK;
    }
}
