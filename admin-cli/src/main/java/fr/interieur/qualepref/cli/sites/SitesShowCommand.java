package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one site.")
public final class SitesShowCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "CODE", description = "The site code, e.g. 13 or 13-AIX.")
    String code;

    @Override
    protected int execute(Connection connection) {
        output.printOne(out(), connection.get(SitePaths.site(code)), SiteColumns.ONE);
        return ExitCodes.OK;
    }
}
