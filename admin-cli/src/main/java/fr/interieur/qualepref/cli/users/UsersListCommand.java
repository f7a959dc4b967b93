package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users, optionally by site and role.")
public final class UsersListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--site", paramLabel = "CODE", description = "Only the users holding a role on this site.")
    String site;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only the users holding this role.")
    Role role;

    @Override
    protected int execute(Connection connection) {
        List<String> query = new ArrayList<>();
        if (site != null) {
            query.add("site=" + UserPaths.encode(site));
        }
        if (role != null) {
            query.add("role=" + role.name());
        }
        String path = "/users" + (query.isEmpty() ? "" : "?" + String.join("&", query));
        output.printList(out(), connection.get(path), UserColumns.USER);
        return ExitCodes.OK;
    }
}
