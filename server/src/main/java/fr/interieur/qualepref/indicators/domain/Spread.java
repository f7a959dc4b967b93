package fr.interieur.qualepref.indicators.domain;

import java.util.List;

/**
 * How one indicator's values spread over the sites that report it: mean, median, 10th and 90th percentiles. The
 * percentiles interpolate linearly between the closest ranks (the "inclusive" definition: PostgreSQL's
 * percentile_cont, Excel's PERCENTILE.INC), so the median of an even count is the mean of the two middle values
 * and p10/p90 of a single site are its value.
 *
 * @param sites the number of sites with a value
 */
public record Spread(int sites, Double mean, Double median, Double p10, Double p90) {

    /** The spread of {@code values} (one per site); every figure null when there is none. */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            return new Spread(0, null, null, null, null);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Spread(sorted.length, sum / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.1),
                percentile(sorted, 0.9));
    }

    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
