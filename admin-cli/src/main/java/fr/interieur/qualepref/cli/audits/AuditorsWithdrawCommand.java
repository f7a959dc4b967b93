package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "withdraw", mixinStandardHelpOptions = true,
        description = "Withdraws a member from a region's auditor pool today, with the reason (the membership "
                + "is kept).")
public final class AuditorsWithdrawCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Option(names = "--region", required = true, paramLabel = "REGION")
    String region;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    protected int execute(Connection connection) {
        JsonNode active = connection.get(AuditPaths.pool(region, login, "active"));
        if (!active.isArray() || active.isEmpty()) {
            throw new CommandFailure(ExitCodes.REFUSED, login + " is no active member of the auditor pool of "
                    + region + ".");
        }
        long id = active.get(0).path("id").asLong();
        output.printOne(out(), connection.post(AuditPaths.POOL + "/" + id + "/withdrawal",
                Json.object().put("reason", reason)), AuditColumns.POOL_MEMBER);
        return ExitCodes.OK;
    }
}
