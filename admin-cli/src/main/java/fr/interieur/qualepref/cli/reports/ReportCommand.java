package fr.interieur.qualepref.cli.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.qualepref.cli.ServerCommand;
import fr.interieur.qualepref.cli.connection.Connection;
import fr.interieur.qualepref.cli.connection.ExitCodes;
import fr.interieur.qualepref.cli.connection.Json;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What every national report command shares: the five formats and where the answer goes. table, json and csv are made
 * here from the report's JSON; html (one self-contained page with its charts) and xlsx (a spreadsheet) are made by the
 * server, which the command asks for by the Accept header, and written as the server sent them.
 */
public abstract class ReportCommand extends ServerCommand {

    /** Lower-case names, as the user types them. */
    public enum Format { table, json, csv, xlsx, html }

    static final String HTML = "text/html";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Option(names = {"-o", "--output", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, csv, xlsx or html (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout (required for xlsx).")
    Path file;

    /** The route and its query, e.g. {@code /reports/coverage?on=2026-12-01}. */
    protected abstract String path();

    /** Prints the report as a table or CSV (the output options say which). */
    protected abstract void print(JsonNode report, OutputOptions output, PrintWriter out);

    @Override
    protected final int execute(Connection connection) {
        if (format == Format.xlsx && file == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a file: add --out FILE");
        }
        if (format == Format.xlsx || format == Format.html) {
            byte[] document = connection.bytes(path(), format == Format.xlsx ? XLSX : HTML);
            if (file == null) {
                out().print(new String(document, StandardCharsets.UTF_8));
                out().flush();
                return ExitCodes.OK;
            }
            write(document);
            out().println("Report written to " + file + " (" + document.length + " bytes, " + format + ").");
            out().flush();
            return ExitCodes.OK;
        }
        JsonNode report = connection.get(path());
        StringWriter text = new StringWriter();
        PrintWriter target = file == null ? out() : new PrintWriter(text);
        if (format == Format.json) {
            target.println(Json.pretty(report));
        } else {
            print(report, OutputOptions.of(format == Format.csv ? OutputOptions.Format.csv
                    : OutputOptions.Format.table), target);
        }
        target.flush();
        if (file != null) {
            write(text.toString().getBytes(StandardCharsets.UTF_8));
            out().println("Report written to " + file + ".");
            out().flush();
        }
        return ExitCodes.OK;
    }

    private void write(byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write " + file + ": " + e.getMessage());
        }
    }

    /**
     * A query string from the options that are set: {@code query("/reports/x", "from", from, "to", to)}; null values
     * are left out. The values are dates, years and region names (encoded).
     */
    static String query(String route, Object... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                parts.add(namesAndValues[i] + "=" + java.net.URLEncoder.encode(value.toString(),
                        StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? route : route + "?" + String.join("&", parts);
    }

    /**
     * The rows of a report shaped {@code {national: {...}, byRegion: [...], byType: [...]}}: one row per scope
     * object, with a {@code scope} column (national, region, type) before its own fields.
     */
    static ArrayNode scoped(JsonNode report, String... groups) {
        ArrayNode rows = Json.array(List.of());
        rows.add(((ObjectNode) report.path("national").deepCopy()).put("scope", "national"));
        for (String group : groups) {
            String scope = group.replaceFirst("^by", "").toLowerCase(java.util.Locale.ROOT);
            for (JsonNode s : report.path(group)) {
                rows.add(((ObjectNode) s.deepCopy()).put("scope", scope));
            }
        }
        return rows;
    }
}
