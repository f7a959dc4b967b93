package fr.interieur.qualepref.cli.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.CommandFailure;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Asks the server to rebuild the evidence index from the database, then follows the rebuild to its end. Searches keep
 * being answered from the old index until the server swaps the new one in; uploads are never blocked.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the evidence index from the database (all sites, or only SITE's documents), "
                + "showing progress; searches use the old index until the swap.")
public final class SearchReindexCommand extends ServerCommand {

    static final int BAR_WIDTH = 30;

    @Parameters(paramLabel = "SITE", arity = "0..1", description = "Only this site's documents (its code).")
    String site;

    @Option(names = "--no-wait", description = "Start the rebuild and return at once.")
    boolean noWait;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress bar: auto (on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "500", hidden = true)
    long intervalMillis;

    @Override
    protected int execute(Connection connection) {
        ObjectNode body = Json.object();
        if (site != null) {
            body.put("site", site);
        }
        JsonNode state = connection.post("/search/rebuilds", body);
        PrintWriter out = out();
        if (noWait) {
            out.println("Index rebuild " + state.path("id").asLong() + " started.");
            return ExitCodes.OK;
        }
        boolean bar = switch (progress) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null;
            default -> throw new CommandFailure(ExitCodes.USAGE, "--progress must be auto, always or never.");
        };
        while ("RUNNING".equals(state.path("state").asText())) {
            if (bar) {
                out.print("\r" + bar(state.path("done").asLong(), state.path("total").asLong()));
                out.flush();
            }
            sleep();
            state = connection.get("/search/rebuilds/latest");
        }
        if (bar) {
            out.print("\r" + bar(state.path("done").asLong(), state.path("total").asLong()) + "\n");
        }
        if (!"DONE".equals(state.path("state").asText())) {
            throw new CommandFailure(ExitCodes.REFUSED, "Index rebuild " + state.path("id").asLong() + " failed: "
                    + state.path("detail").asText("no detail") + ". The live index is unchanged.");
        }
        out.println("Index rebuilt" + (site == null ? "" : " for site " + site) + ": "
                + state.path("done").asLong() + " documents.");
        return ExitCodes.OK;
    }

    /** "[##########----------]  50%  500/1000 documents". */
    public static String bar(long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int filled = percent * BAR_WIDTH / 100;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + String.format("%3d%%", percent)
                + "  " + done + "/" + total + " documents";
    }

    private void sleep() {
        try {
            Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.REFUSED, "interrupted; the rebuild goes on on the server.");
        }
    }
}
