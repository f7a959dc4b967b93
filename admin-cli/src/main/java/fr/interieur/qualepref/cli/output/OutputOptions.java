package fr.interieur.qualepref.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.connection.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

/** The {@code --output} option every reading command shares, and the three ways to print an answer. */
public final class OutputOptions {

    /** Lower-case names, as the user types them. */
    public enum Format { table, json, csv }

    @Option(names = {"-o", "--output"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    public Format format() {
        return format;
    }

    /** Options set in code, for commands that choose the format themselves (the reports). */
    public static OutputOptions of(Format format) {
        OutputOptions options = new OutputOptions();
        options.format = format;
        return options;
    }

    /** A list answer: one row per element. */
    public void printList(PrintWriter out, JsonNode answer, List<Column> columns) {
        switch (format) {
            case json -> out.println(Json.pretty(answer));
            case csv -> csv(out, answer, columns);
            case table -> table(out, answer, columns);
        }
        out.flush();
    }

    /** A single object: one {@code field value} line per column in a table, one data row in CSV. */
    public void printOne(PrintWriter out, JsonNode answer, List<Column> columns) {
        switch (format) {
            case json -> out.println(Json.pretty(answer));
            case csv -> csv(out, List.of(answer), columns);
            case table -> {
                int width = columns.stream().mapToInt(c -> c.header().length()).max().orElse(0);
                for (Column c : columns) {
                    out.println((pad(c.header(), width) + "  " + c.value().apply(answer)).stripTrailing());
                }
            }
        }
        out.flush();
    }

    private static void csv(PrintWriter out, Iterable<JsonNode> rows, List<Column> columns) {
        CSVFormat csv = CSVFormat.DEFAULT.builder()
                .setHeader(columns.stream().map(Column::header).toArray(String[]::new))
                .get();
        try {
            CSVPrinter printer = new CSVPrinter(out, csv);
            for (JsonNode row : rows) {
                printer.printRecord(columns.stream().map(c -> c.value().apply(row)));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(PrintWriter out, Iterable<JsonNode> rows, List<Column> columns) {
        List<String[]> lines = new ArrayList<>();
        lines.add(columns.stream().map(c -> c.header().toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new));
        for (JsonNode row : rows) {
            lines.add(columns.stream().map(c -> c.value().apply(row)).toArray(String[]::new));
        }
        int[] widths = new int[columns.size()];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                b.append(i == 0 ? "" : "  ").append(pad(line[i], widths[i]));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
