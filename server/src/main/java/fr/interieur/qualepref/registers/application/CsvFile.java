package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A register import file read with Commons CSV: a header line naming the columns (any order, names as in the JSON
 * API, case ignored), then one entry per line. Comma or semicolon separated (a spreadsheet saved in French writes
 * semicolons): the header decides. Problems of the file itself (unknown or missing columns, broken quoting) become
 * rejections like any other, so the caller always gets a report.
 */
public final class CsvFile {

    /** One data line: its number in the file and its values by column name. */
    public record Line(long number, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private CsvFile() {
    }

    /**
     * Reads every line of {@code reader}, or reports why the file cannot be read.
     *
     * @param columns  the columns the register knows, in their canonical spelling
     * @param required the columns a file must have
     * @param each     gets every data line that has one value per column
     * @return the rejections of the file's structure (columns, quoting, number of values), in line order
     */
    public static List<Rejection> read(Reader reader, List<String> columns, Set<String> required,
                                       Consumer<Line> each) {
        List<Rejection> file = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String header;
        try {
            in.mark(1 << 16);
            header = in.readLine();
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null || header.isBlank()) {
            file.add(new Rejection(1, null, "the file is empty: a header line naming the columns is expected"));
            return file;
        }
        char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> names = parser.getHeaderNames();
            Map<String, String> canonical = new java.util.HashMap<>();
            for (String c : columns) {
                canonical.put(c.toLowerCase(Locale.ROOT), c);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String name : names) {
                String c = canonical.get(name.strip().toLowerCase(Locale.ROOT));
                if (c == null) {
                    file.add(new Rejection(1, name, "unknown column; the columns are " + String.join(", ", columns)));
                } else {
                    seen.add(c);
                }
            }
            for (String r : required) {
                if (!seen.contains(r)) {
                    file.add(new Rejection(1, r, "missing column"));
                }
            }
            if (!file.isEmpty()) {
                return file;
            }
            // Empty lines are read as records (and skipped below) so that a record's first line is always the line
            // after the previous record's last: Commons CSV only tells where a record ends.
            Iterator<CSVRecord> records = parser.iterator();
            long end = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    file.add(new Rejection(end + 1, null, "the file cannot be read from this line on: "
                            + broken.getMessage()));
                    return file;
                }
                long line = end + 1;
                end = Math.max(line, parser.getCurrentLineNumber());
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != names.size()) {
                    file.add(new Rejection(line, null, "has " + record.size() + " values for " + names.size()
                            + " columns"));
                    continue;
                }
                Map<String, String> values = new java.util.HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.put(canonical.get(names.get(i).strip().toLowerCase(Locale.ROOT)), record.get(i));
                }
                each.accept(new Line(line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
