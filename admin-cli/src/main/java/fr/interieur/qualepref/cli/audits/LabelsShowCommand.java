package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "A site's label today: state, validity, follow-up audit, warnings.")
public final class LabelsShowCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "SITE")
    String site;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.get("/sites/" + AuditPaths.encode(site) + "/label"), AuditColumns.LABEL);
        return ExitCodes.OK;
    }
}
