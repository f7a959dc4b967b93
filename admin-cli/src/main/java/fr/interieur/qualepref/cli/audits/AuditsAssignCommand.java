package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Assigns the auditor; the previous one's access to the site's evidence ends.")
public final class AuditsAssignCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "LOGIN")
    String login;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.put(AuditPaths.audit(id) + "/auditor", Json.object().put("login", login)),
                AuditColumns.ONE);
        return ExitCodes.OK;
    }
}
