package fr.interieur.qualepref.cli.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.connection.PasswordInput;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Creates a user, and optionally grants one role at once (the usual case: a site's référent qualité or agent). The
 * initial password is never an argument: it is asked twice without echo, or read from stdin or a named variable.
 * When the grant is refused, the user exists without the role, and the command says so and exits 1.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Creates a user (DMAT, or a site's référent qualité for its agents), optionally with a role.")
public final class UsersAddCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "LOGIN", description = "3 to 64 characters among a-z 0-9 . _ -")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name, e.g. 'Anne Martin'.")
    String name;

    @Option(names = "--email", paramLabel = "EMAIL", description = "E-mail address.")
    String email;

    @Option(names = "--password-stdin", description = "Reads the initial password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Reads the initial password from the environment variable NAME.")
    String passwordEnv;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "A role to grant at once: QUALITY_REFERENT, AGENT, AUDITOR, REGIONAL_PILOT, DMAT_ADMIN.")
    Role role;

    @Mixin
    GrantOptions grant;

    @Override
    protected int execute(Connection connection) {
        char[] password = PasswordInput.readNew(passwordStdin, passwordEnv, root().stdin(), root().env(),
                "Initial password for " + login + ": ");
        ObjectNode body = Json.object().put("login", login).put("displayName", name).put("email", email)
                .put("password", new String(password));
        Arrays.fill(password, '\0');
        JsonNode user = connection.post("/users", body);
        if (role != null) {
            try {
                user = connection.post(UserPaths.user(login) + "/grants", grant.body(role));
            } catch (CommandFailure f) {
                throw new CommandFailure(f.exitCode(), "user " + login + " created, but the role was refused: "
                        + f.getMessage(), f.httpStatus());
            }
        }
        output.printOne(out(), user, UserColumns.USER);
        return ExitCodes.OK;
    }
}
