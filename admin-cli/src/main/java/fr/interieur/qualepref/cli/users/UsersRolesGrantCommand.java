package fr.interieur.qualepref.cli.users;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "grant", mixinStandardHelpOptions = true,
        description = {"Grants a role on a site (--site), a region (--region) or nationally (DMAT_ADMIN).",
                "A référent qualité may grant AGENT on its own site; the rest is the DMAT's."})
public final class UsersRolesGrantCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN")
    String login;

    @Parameters(index = "1", paramLabel = "ROLE",
            description = "QUALITY_REFERENT, AGENT, AUDITOR, REGIONAL_PILOT or DMAT_ADMIN.")
    Role role;

    @Mixin
    GrantOptions grant;

    @Override
    protected int execute(Connection connection) {
        output.printList(out(), connection.post(UserPaths.user(login) + "/grants", grant.body(role)).path("grants"),
                UserColumns.GRANT);
        return ExitCodes.OK;
    }
}
