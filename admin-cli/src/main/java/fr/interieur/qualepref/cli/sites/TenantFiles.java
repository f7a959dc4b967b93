package fr.interieur.qualepref.cli.sites;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tenants/ data files (tenants/README.md): every {@code *.csv} of a folder, in name order, or one file.
 * A bad row or a bad file is a {@link Refusal} that names file, line and reason; it never stops the other rows.
 * Only what a row says about itself is checked here; the rules of II.2 stay the server's.
 */
final class TenantFiles {

    static final List<String> HEADER = List.of("code", "name", "type", "department", "region", "parent", "cert",
            "engaged", "modules", "email", "phone", "website");

    /** A row or a file that cannot be imported, with the reason for the user. */
    record Refusal(String file, long line, String code, String reason) {
    }

    record Contents(List<SiteRow> rows, List<Refusal> refusals) {
    }

    private TenantFiles() {
    }

    /** The data files under {@code path}: the CSV files of a folder (not its sub-folders), or the file itself. */
    static List<Path> dataFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contents read(List<Path> files) {
        List<SiteRow> rows = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (Path file : files) {
            readFile(file, rows, refusals);
        }
        return new Contents(rows, refusals);
    }

    private static void readFile(Path path, List<SiteRow> rows, List<Refusal> refusals) {
        String file = path.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            if (!header.equals(HEADER)) {
                refusals.add(new Refusal(file, 1, "", "the header must be exactly " + String.join(",", HEADER)
                        + " (found " + String.join(",", header) + ")"));
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    refusals.add(new Refusal(file, parser.getCurrentLineNumber(), "",
                            "unreadable CSV from here on: " + e.getCause().getMessage()));
                    return;
                }
                long line = record.getParser().getCurrentLineNumber();
                String code = record.isSet("code") ? record.get("code").strip() : "";
                try {
                    rows.add(row(file, line, record));
                } catch (IllegalArgumentException e) {
                    refusals.add(new Refusal(file, line, code, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            refusals.add(new Refusal(file, 0, "", "not UTF-8 text"));
        } catch (IOException | UncheckedIOException e) {
            refusals.add(new Refusal(file, 0, "", "cannot read the file: " + e.getMessage()));
        }
    }

    private static SiteRow row(String file, long line, CSVRecord r) {
        if (!r.isConsistent()) {
            throw new IllegalArgumentException("the row has " + r.size() + " columns, the header " + HEADER.size());
        }
        String code = required(r, "code");
        boolean engaged = bool(r, "engaged");
        return new SiteRow(file, line, code, required(r, "name"), type(r), required(r, "department"),
                required(r, "region"), optional(r, "parent"), bool(r, "cert"), engaged, modules(r),
                optional(r, "email"), optional(r, "phone"), optional(r, "website"));
    }

    private static String required(CSVRecord r, String column) {
        String value = r.get(column).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    private static String optional(CSVRecord r, String column) {
        String value = r.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean bool(CSVRecord r, String column) {
        String value = r.get(column).strip();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("column " + column + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static SiteType type(CSVRecord r) {
        String value = r.get("type").strip();
        try {
            return SiteType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column type must be PREFECTURE, SOUS_PREFECTURE or "
                    + "PREFECTURE_DE_POLICE, not '" + value + "'");
        }
    }

    private static List<Integer> modules(CSVRecord r) {
        String value = r.get("modules").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        List<Integer> modules = new ArrayList<>();
        for (String token : value.split(" +")) {
            if (!token.matches("[0-9]{1,2}")) {
                throw new IllegalArgumentException("column modules lists module numbers separated by spaces, not '"
                        + value + "'");
            }
            modules.add(Integer.parseInt(token));
        }
        return modules;
    }
}
