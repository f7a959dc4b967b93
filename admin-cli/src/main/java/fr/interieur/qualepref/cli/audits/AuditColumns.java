package fr.interieur.qualepref.cli.audits;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import java.util.ArrayList;
import java.util.List;

/** Columns of audits, grid lines and label decisions: the field names of the server's views (docs/api.md). */
final class AuditColumns {

    static final List<Column> LIST = List.of(field("id"), field("site"), field("type"), field("date"),
            field("status"), field("auditor"), field("region"));

    static final List<Column> ONE = List.of(field("id"), field("site"), field("siteName"), field("region"),
            field("type"), field("status"), field("date"), field("preparatoryFrom"), field("preparatoryUntil"),
            field("auditor"), field("auditorAccessFrom"), field("auditorAccessUntil"), field("referentialVersion"),
            field("basedOn"), field("reportOn"), field("closedAt"), field("cancelledReason"), field("createdBy"),
            field("createdAt"));

    static final List<Column> GRID = List.of(field("position"), field("reference"), field("kind"), field("verdict"),
            new Column("title", l -> shorten(Column.text(l.path("title")), 70)), field("comment"), field("evidence"));

    static final List<Column> DECISION = List.of(field("id"), field("site"), field("audit"), field("decision"),
            field("decidedOn"), field("validFrom"), field("validUntil"), field("note"), field("decidedBy"));

    static final List<Column> LABEL = List.of(field("site"), field("state"), field("reason"), field("validFrom"),
            field("validUntil"), field("followUpDue"), field("followUpScheduled"), field("nextExternalAudit"),
            new Column("warnings", l -> String.join(" | ", textList(l.path("warnings")))));

    static final List<Column> POOL = List.of(field("id"), field("login"), field("displayName"), field("region"),
            field("active"), field("trainedOn"), field("attestation"), field("withdrawnOn"), field("withdrawnReason"));

    static final List<Column> POOL_MEMBER = List.of(field("id"), field("login"), field("displayName"),
            field("region"), field("active"), field("trainedOn"), field("attestation"), field("addedBy"),
            field("addedAt"), field("withdrawnOn"), field("withdrawnReason"), field("withdrawnBy"));

    private AuditColumns() {
    }

    private static List<String> textList(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
