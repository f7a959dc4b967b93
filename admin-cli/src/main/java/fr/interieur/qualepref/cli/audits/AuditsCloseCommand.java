package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Closes an audit with its report; refused while a grid line is not assessed.")
public final class AuditsCloseCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.post(AuditPaths.audit(id) + "/closure", null), AuditColumns.ONE);
        return ExitCodes.OK;
    }
}
