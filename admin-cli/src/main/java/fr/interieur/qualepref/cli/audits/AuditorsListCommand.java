package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the active members of the auditor pools you keep; --all adds the withdrawn ones.")
public final class AuditorsListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region, spelled as in the sites.")
    String region;

    @Option(names = "--all", description = "Withdrawn members too.")
    boolean all;

    @Override
    protected int execute(Connection connection) {
        output.printList(out(), connection.get(AuditPaths.pool(region, null, all ? "all" : "active")),
                AuditColumns.POOL);
        return ExitCodes.OK;
    }
}
