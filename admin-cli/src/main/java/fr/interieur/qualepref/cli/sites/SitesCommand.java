package fr.interieur.qualepref.cli.sites;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "sites", mixinStandardHelpOptions = true, description = "Sites: préfectures and sous-préfectures.",
        subcommands = {SitesListCommand.class, SitesShowCommand.class, SitesProvisionCommand.class,
                SitesUpdateCommand.class, SitesModulesCommand.class, SitesDeactivateCommand.class,
                SitesImportCommand.class})
public final class SitesCommand extends GroupCommand {
}
