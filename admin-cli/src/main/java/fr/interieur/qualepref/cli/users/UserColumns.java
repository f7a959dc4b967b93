package fr.interieur.qualepref.cli.users;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import java.util.ArrayList;
import java.util.List;

/** The columns of users and grants in table and CSV outputs: the field names of the server's UserView/GrantView. */
final class UserColumns {

    static final List<Column> USER = List.of(field("login"), field("displayName"), field("email"), field("active"),
            new Column("roles", UserColumns::roles), field("createdAt"));

    static final List<Column> GRANT = List.of(field("id"), field("role"), field("site"), field("region"),
            field("validFrom"), field("validUntil"), field("grantedBy"), field("grantedAt"));

    private UserColumns() {
    }

    /** {@code QUALITY_REFERENT@13 AGENT@13-AIX REGIONAL_PILOT@Bretagne DMAT_ADMIN}. */
    static String roles(JsonNode user) {
        List<String> roles = new ArrayList<>();
        for (JsonNode g : user.path("grants")) {
            String scope = g.path("site").isTextual() ? g.path("site").asText()
                    : g.path("region").isTextual() ? g.path("region").asText() : null;
            roles.add(g.path("role").asText() + (scope == null ? "" : "@" + scope));
        }
        return String.join(" ", roles);
    }
}
