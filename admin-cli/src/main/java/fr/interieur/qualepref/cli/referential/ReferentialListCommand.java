package fr.interieur.qualepref.cli.referential;

import static fr.interieur.qualepref.cli.output.Column.field;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the modules of the latest référentiel (II.1, II.2).")
public final class ReferentialListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Override
    protected int execute(Connection connection) {
        output.printList(out(), connection.getOpen("/referential/latest/modules"),
                List.of(field("number"), field("title"), field("kind"), field("certOnly"), field("appliesTo"),
                        field("commitmentCount")));
        return ExitCodes.OK;
    }
}
