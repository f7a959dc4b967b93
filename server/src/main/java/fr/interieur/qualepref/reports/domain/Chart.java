package fr.interieur.qualepref.reports.domain;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a section's figures. Three kinds cover the national reports:
 * <ul>
 *   <li>{@link Kind#BARS}: one horizontal bar per category and series (coverage by region, module adoption);</li>
 *   <li>{@link Kind#STACKED}: the series of a category stacked in one bar (findings by gravity);</li>
 *   <li>{@link Kind#RANGES}: a distribution per category — p10 to p90 as a band, the median as a tick, the mean as a
 *       dot (indicator distributions across sites); its series must be, in this order, p10, median, p90, mean.</li>
 * </ul>
 *
 * @param percent the values are rates in [0, 1], drawn against a 0–100 % axis
 * @param target  a reference line (e.g. the 100 % coverage target of II.2), or null
 */
public record Chart(Kind kind, String caption, List<String> categories, List<Series> series, boolean percent,
                    Double target) {

    public enum Kind { BARS, STACKED, RANGES }

    /** One set of values, one per category; null where a category has no value. */
    public record Series(String name, List<Double> values) {

        public Series {
            Objects.requireNonNull(name);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public Chart {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(caption);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart '" + caption + "': series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (kind == Kind.RANGES && series.size() != 4) {
            throw new IllegalArgumentException("a RANGES chart has the series p10, median, p90, mean");
        }
    }

    public static Chart bars(String caption, List<String> categories, List<Series> series, boolean percent,
                             Double target) {
        return new Chart(Kind.BARS, caption, categories, series, percent, target);
    }

    public static Chart stacked(String caption, List<String> categories, List<Series> series) {
        return new Chart(Kind.STACKED, caption, categories, series, false, null);
    }

    public static Chart ranges(String caption, List<String> categories, List<Double> p10, List<Double> median,
                               List<Double> p90, List<Double> mean, boolean percent) {
        return new Chart(Kind.RANGES, caption, categories, List.of(new Series("p10", p10),
                new Series("médiane", median), new Series("p90", p90), new Series("moyenne", mean)), percent, null);
    }
}
