package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Users: the référents qualité, agents, auditors and pilots, and their roles.",
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersShowCommand.class, UsersRolesCommand.class,
                UsersDeactivateCommand.class})
public final class UsersCommand extends GroupCommand {
}
