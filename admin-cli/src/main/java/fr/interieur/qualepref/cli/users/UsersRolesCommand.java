package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "roles", mixinStandardHelpOptions = true, description = "A user's roles: list, grant, revoke.",
        subcommands = {UsersRolesListCommand.class, UsersRolesGrantCommand.class, UsersRolesRevokeCommand.class})
public final class UsersRolesCommand extends GroupCommand {
}
