package fr.interieur.qualepref.cli.search;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "The evidence search index of the documentary system.",
        subcommands = {SearchReindexCommand.class})
public final class SearchCommand extends GroupCommand {
}
