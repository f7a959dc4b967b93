package fr.interieur.qualepref.cli.audits;

import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the audits you may see, by date; --site lists one site's.")
public final class AuditsListCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Until this day.")
    LocalDate to;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region.")
    String region;

    @Option(names = "--status", paramLabel = "STATUS", description = "SCHEDULED, IN_PROGRESS, CLOSED or CANCELLED.")
    String status;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type, e.g. external-initial.")
    String type;

    @Option(names = "--unassigned",
            description = "Only open audits still waiting for their auditor (internal audits: the region's mandate).")
    boolean unassigned;

    @Option(names = "--site", paramLabel = "CODE", description = "Only this site (other filters are ignored).")
    String site;

    @Override
    protected int execute(Connection connection) {
        if (site != null) {
            output.printList(out(), connection.get(AuditPaths.siteAudits(site)), AuditColumns.LIST);
            return ExitCodes.OK;
        }
        List<String> query = new ArrayList<>();
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        if (region != null) {
            query.add("region=" + AuditPaths.encode(region));
        }
        if (status != null) {
            query.add("status=" + AuditPaths.encode(status));
        }
        if (type != null) {
            query.add("type=" + AuditPaths.encode(type));
        }
        if (unassigned) {
            query.add("unassigned=true");
        }
        output.printList(out(), connection.get("/audits" + (query.isEmpty() ? "" : "?" + String.join("&", query))),
                AuditColumns.LIST);
        return ExitCodes.OK;
    }
}
