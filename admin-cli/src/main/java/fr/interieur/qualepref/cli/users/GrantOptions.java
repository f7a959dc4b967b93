package fr.interieur.qualepref.cli.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.connection.Json;
import java.time.OffsetDateTime;
import picocli.CommandLine.Option;

/** Where and when a role applies, shared by {@code users add --role} and {@code users roles grant}. */
public final class GrantOptions {

    @Option(names = "--site", paramLabel = "CODE",
            description = "The site, for QUALITY_REFERENT, AGENT and AUDITOR.")
    String site;

    @Option(names = "--region", paramLabel = "REGION", description = "The region, for REGIONAL_PILOT.")
    String region;

    @Option(names = "--from", paramLabel = "DATETIME",
            description = "Start, ISO-8601 with offset (2027-03-01T08:00:00+01:00); default now.")
    OffsetDateTime from;

    @Option(names = "--until", paramLabel = "DATETIME",
            description = "End, ISO-8601 with offset; default until revoked.")
    OffsetDateTime until;

    /** The body of {@code POST /users/{login}/grants}; the server checks which scope each role needs. */
    ObjectNode body(Role role) {
        ObjectNode body = Json.object().put("role", role.name());
        if (site != null) {
            body.put("site", site);
        }
        if (region != null) {
            body.put("region", region);
        }
        if (from != null) {
            body.put("validFrom", from.toString());
        }
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        return body;
    }
}
