package fr.interieur.qualepref.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** One column of the table and CSV outputs: its header (a JSON field name, stable for scripts) and its text. */
public record Column(String header, Function<JsonNode, String> value) {

    /** A field of the answer; a list prints as {@code 1,2,5}, an absent field as nothing. */
    public static Column field(String name) {
        return new Column(name, row -> text(row.path(name)));
    }

    /** A rate in [0, 1] shown as a percentage with one decimal ("87.5%"); absent stays empty. */
    public static Column percent(String name) {
        return new Column(name, row -> row.path(name).isNumber()
                ? String.format(java.util.Locale.ROOT, "%.1f%%", 100 * row.path(name).asDouble()) : "");
    }

    public static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(Column::text).collect(Collectors.joining(","));
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
