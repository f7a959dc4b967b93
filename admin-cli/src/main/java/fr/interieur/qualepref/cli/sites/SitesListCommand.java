package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sites you may see, by code.")
public final class SitesListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--region", paramLabel = "REGION", description = "Only the sites of this region.")
    String region;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only this type: PREFECTURE, SOUS_PREFECTURE or PREFECTURE_DE_POLICE.")
    SiteType type;

    @Option(names = "--cert", negatable = true,
            description = "Only the sites with (--cert) or without (--no-cert) a CERT.")
    Boolean cert;

    @Option(names = "--module", paramLabel = "N", description = "Only the sites taking module N.")
    Integer module;

    @Override
    protected int execute(Connection connection) {
        List<String> query = new ArrayList<>();
        if (region != null) {
            query.add("region=" + SitePaths.encode(region));
        }
        if (type != null) {
            query.add("type=" + type.name());
        }
        if (cert != null) {
            query.add("cert=" + cert);
        }
        if (module != null) {
            query.add("module=" + module);
        }
        String path = "/sites" + (query.isEmpty() ? "" : "?" + String.join("&", query));
        output.printList(out(), connection.get(path), SiteColumns.LIST);
        return ExitCodes.OK;
    }
}
