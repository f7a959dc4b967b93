package fr.interieur.qualepref.cli.referential;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Shows a commitment as an auditor reads it: title, items, control methods. A commitment is text, not a row, so
 * the table output is a short document and the CSV output has one row per item or control method.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a commitment of the latest référentiel: title, items, control methods.")
public final class ReferentialShowCommand extends ServerCommand {

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "N", description = "The commitment number (chapter III).")
    int number;

    @Override
    protected int execute(Connection connection) {
        JsonNode c = connection.getOpen("/referential/latest/commitments/" + number);
        PrintWriter out = out();
        switch (output.format()) {
            case table -> document(out, c);
            case json, csv -> output.printList(out, lines(c), List.of(Column.field("kind"), Column.field("number"),
                    Column.field("text")));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void document(PrintWriter out, JsonNode c) {
        out.println("Commitment " + c.path("number").asText() + ": " + c.path("title").asText());
        out.println("Module " + c.path("module").asText() + " (" + c.path("moduleTitle").asText() + "), section "
                + c.path("section").asText() + (c.path("optional").asBoolean() ? ", optional" : ""));
        if (c.hasNonNull("intro")) {
            out.println();
            out.println(c.path("intro").asText());
        }
        out.println();
        out.println("Items:");
        for (JsonNode item : c.path("items")) {
            out.println("  " + item.path("number").asText() + "  " + indent(item.path("text").asText()));
        }
        out.println();
        out.println("Control methods:");
        for (JsonNode method : c.path("controlMethods")) {
            out.println("  - " + indent(method.asText()));
        }
    }

    /** For --output json the server's own answer; for csv one row per item and control method. */
    private JsonNode lines(JsonNode c) {
        if (output.format() == OutputOptions.Format.json) {
            return c;
        }
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode item : c.path("items")) {
            rows.add(Json.object().put("kind", "item").put("number", item.path("number").asText())
                    .put("text", item.path("text").asText()));
        }
        int n = 1;
        for (JsonNode method : c.path("controlMethods")) {
            rows.add(Json.object().put("kind", "controlMethod").put("number", String.valueOf(n++))
                    .put("text", method.asText()));
        }
        return Json.array(rows);
    }

    private static String indent(String text) {
        return text.replaceAll("\\R", System.lineSeparator() + "      ");
    }
}
