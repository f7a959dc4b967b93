package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Deactivates a site; its records stay (never a hard delete).")
public final class SitesDeactivateCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "CODE", description = "The site code.")
    String code;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.post(SitePaths.site(code) + "/deactivation", null), SiteColumns.ONE);
        return ExitCodes.OK;
    }
}
