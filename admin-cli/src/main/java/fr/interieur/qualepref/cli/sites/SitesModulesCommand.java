package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "modules", mixinStandardHelpOptions = true, description = "A site's module selection (II.2).",
        subcommands = SitesModulesSetCommand.class)
public final class SitesModulesCommand extends GroupCommand {
}
