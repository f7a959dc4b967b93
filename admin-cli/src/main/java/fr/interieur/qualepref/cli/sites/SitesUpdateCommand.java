package fr.interieur.qualepref.cli.sites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * Changes some fields of a site and keeps the others: the command reads the site, applies the options and sends the
 * whole site back ({@code PUT}, docs/api.md). Code, type and parent never change; the server checks II.2 again.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Changes a site's name, region, CERT flag, engagement, modules or contacts (DMAT only).")
public final class SitesUpdateCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "CODE", description = "The site code.")
    String code;

    @Option(names = "--name", paramLabel = "NAME", description = "The site's name, 2 to 200 characters.")
    String name;

    @Option(names = "--region", paramLabel = "REGION", description = "The region, e.g. Bretagne.")
    String region;

    @Option(names = "--cert", negatable = true, description = "The site has (--cert) or has no (--no-cert) CERT.")
    Boolean cert;

    @Option(names = "--engaged", negatable = true,
            description = "The site is engaged (--engaged) or not (--no-engaged: a sous-préfecture without CERT).")
    Boolean engaged;

    @Option(names = "--modules", split = ",", paramLabel = "N,N", description = "The module numbers, e.g. 1,2,5.")
    List<Integer> modules;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Contact e-mail; an empty value removes it.")
    String email;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Contact phone; an empty value removes it.")
    String phone;

    @Option(names = "--address", paramLabel = "ADDRESS", description = "Postal address; an empty value removes it.")
    String address;

    @Option(names = "--website", paramLabel = "URL", description = "Website; an empty value removes it.")
    String website;

    @Override
    protected int execute(Connection connection) {
        if (name == null && region == null && cert == null && engaged == null && modules == null && email == null
                && phone == null && address == null && website == null) {
            throw new ParameterException(spec.commandLine(), "nothing to change: give at least one option");
        }
        JsonNode current = connection.get(SitePaths.site(code));
        ObjectNode body = SiteBodies.updateFrom(current);
        if (name != null) {
            body.put("name", name);
        }
        if (region != null) {
            body.put("region", region);
        }
        if (cert != null) {
            body.put("hasCert", cert);
        }
        if (engaged != null) {
            body.put("engaged", engaged);
        }
        if (modules != null) {
            var array = body.putArray("modules");
            modules.forEach(array::add);
        }
        ObjectNode contact = (ObjectNode) body.get("contact");
        contact(contact, "email", email);
        contact(contact, "phone", phone);
        contact(contact, "address", address);
        contact(contact, "website", website);
        output.printOne(out(), connection.put(SitePaths.site(current.path("code").asText(code)), body),
                SiteColumns.ONE);
        return ExitCodes.OK;
    }

    private static void contact(ObjectNode contact, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            contact.remove(field);
        } else {
            contact.put(field, value);
        }
    }
}
