package fr.interieur.qualepref.cli.referential;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "referential", mixinStandardHelpOptions = true,
        description = "The latest référentiel: modules and commitments.",
        subcommands = {ReferentialListCommand.class, ReferentialShowCommand.class})
public final class ReferentialCommand extends GroupCommand {
}
