package fr.interieur.qualepref.reports.domain;

import java.util.List;
import java.util.Objects;

/**
 * A report as people read it: a title, a few facts that frame it (the day, the period, the scope), then sections.
 *
 * @param name  the file name stem of its downloads, e.g. {@code coverage-2026-12-01} (letters, digits, '-' only)
 * @param title the heading, in French like the rest of the label's vocabulary
 * @param facts lines such as "Jour : 2026-12-01"
 */
public record ReportDocument(String name, String title, List<String> facts, List<Section> sections) {

    public ReportDocument {
        Objects.requireNonNull(title);
        if (name == null || !name.matches("[A-Za-z0-9-]{1,80}")) {
            throw new IllegalArgumentException("a report name is 1 to 80 letters, digits or '-', not " + name);
        }
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }

    /**
     * One table, with a chart of some of its figures when a picture says it better.
     *
     * @param rows each row has one cell per column: a String, a Number (a {@link Percent} for a rate), a LocalDate,
     *             or null for an empty cell
     */
    public record Section(String title, List<String> columns, List<List<Object>> rows, Chart chart) {

        public Section {
            Objects.requireNonNull(title);
            columns = List.copyOf(columns);
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("section '" + title + "': a row has " + row.size()
                            + " cells for " + columns.size() + " columns");
                }
            }
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }

        public static Section table(String title, List<String> columns, List<List<Object>> rows) {
            return new Section(title, columns, rows, null);
        }
    }

    /** A rate between 0 and 1, shown as a percentage. */
    public record Percent(double value) {

        /** {@code count} over {@code of} rounded to four decimals (a hundredth of a percent); 0 over nothing. */
        public static double rate(long count, long of) {
            return of == 0 ? 0 : Math.round(10000.0 * count / of) / 10000.0;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.FRANCE, "%.1f %%", 100 * value);
        }
    }
}
