package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "The label: the DMAT's decisions after external audits, and a site's label today.",
        subcommands = {LabelsDecideCommand.class, LabelsShowCommand.class})
public final class LabelsCommand extends GroupCommand {
}
