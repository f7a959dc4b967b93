package fr.interieur.qualepref.cli.audits;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Schedules an audit. An external audit needs an internal audit or self-assessment about 2 months before it (V.2):
 * the server refuses it with the range of dates that would do, unless {@code --with-internal} schedules that internal
 * audit in the same transaction.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = {"Schedules an audit of a site.",
        "An external audit needs an internal audit or self-assessment about 2 months before (V.2); "
                + "--with-internal DATE schedules it too, in one transaction."})
public final class AuditsScheduleCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "SITE", description = "The site code.")
    String site;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "self-assessment, internal, "
            + "external-initial, external-follow-up or external-renewal.")
    String type;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The audit day.")
    LocalDate date;

    @Option(names = "--auditor", paramLabel = "LOGIN",
            description = "The auditor: gets read access to the site's evidence around the audit.")
    String auditor;

    @Option(names = "--with-internal", paramLabel = "YYYY-MM-DD",
            description = "Also schedules the preparatory internal audit on this day.")
    LocalDate withInternal;

    @Option(names = "--internal-auditor", paramLabel = "LOGIN", description = "The internal audit's auditor.")
    String internalAuditor;

    @Option(names = "--based-on", paramLabel = "ID",
            description = "A previous audit of the site: its grid's evidence links are kept, verdicts reset.")
    Long basedOn;

    @Override
    protected int execute(Connection connection) {
        ObjectNode body = Json.object().put("type", type).put("date", date.toString());
        if (auditor != null) {
            body.put("auditor", auditor);
        }
        if (withInternal != null) {
            body.put("withInternal", withInternal.toString());
        }
        if (internalAuditor != null) {
            body.put("internalAuditor", internalAuditor);
        }
        if (basedOn != null) {
            body.put("basedOn", basedOn);
        }
        output.printList(out(), connection.post(AuditPaths.siteAudits(site), body), AuditColumns.LIST);
        return ExitCodes.OK;
    }
}
