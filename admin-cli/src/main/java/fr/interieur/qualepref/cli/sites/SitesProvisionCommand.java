package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Provisions a site. The server owns the rules (II.2, code format): the CLI only refuses what it can see alone, a
 * {@code --department} that contradicts the code, since the server derives the department from the code.
 */
@Command(name = "provision", mixinStandardHelpOptions = true, description = "Provisions a site (DMAT only).")
public final class SitesProvisionCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--code", required = true, paramLabel = "CODE",
            description = "Department code, then '-' and a suffix for a sous-préfecture: 13, 13-AIX, 75-PP.")
    String code;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The site's name, 2 to 200 characters.")
    String name;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "PREFECTURE, SOUS_PREFECTURE or PREFECTURE_DE_POLICE.")
    SiteType type;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "The region, e.g. Bretagne.")
    String region;

    @Option(names = "--department", paramLabel = "DEPT",
            description = "Optional check: must be the code's department (the part before '-').")
    String department;

    @Option(names = "--parent", paramLabel = "CODE", description = "The parent préfecture, for a sous-préfecture.")
    String parent;

    @Option(names = "--cert", description = "The site has a CERT.")
    boolean cert;

    @Option(names = "--not-engaged", description = "Not engaged (only a sous-préfecture without CERT).")
    boolean notEngaged;

    @Option(names = "--modules", split = ",", paramLabel = "N,N", description = "The module numbers, e.g. 1,2,5.")
    List<Integer> modules = List.of();

    @Option(names = "--email", paramLabel = "EMAIL", description = "Contact e-mail shown to users.")
    String email;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Contact phone shown to users.")
    String phone;

    @Option(names = "--website", paramLabel = "URL", description = "Website shown to users.")
    String website;

    @Override
    protected int execute(Connection connection) {
        String codeDepartment = code.split("-", 2)[0];
        if (department != null && !department.equals(codeDepartment)) {
            throw new ParameterException(spec.commandLine(), "--department " + department
                    + " does not match the code " + code + " (department " + codeDepartment + ")");
        }
        ObjectNode body = SiteBodies.create(code, name, type, region, parent, cert, !notEngaged, modules, email,
                phone, website);
        output.printOne(out(), connection.post("/sites", body), SiteColumns.ONE);
        return ExitCodes.OK;
    }
}
