package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Replaces a site's modules; the server checks them against II.2.")
public final class SitesModulesSetCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "CODE", description = "The site code.")
    String code;

    @Parameters(index = "1", paramLabel = "MODULES", split = ",", description = "The module numbers, e.g. 1,2,4.")
    List<Integer> modules;

    @Override
    protected int execute(Connection connection) {
        ObjectNode body = Json.object();
        modules.forEach(body.putArray("modules")::add);
        output.printOne(out(), connection.put(SitePaths.site(code) + "/modules", body), SiteColumns.ONE);
        return ExitCodes.OK;
    }
}
