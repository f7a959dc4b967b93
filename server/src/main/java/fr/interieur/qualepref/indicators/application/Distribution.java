package fr.interieur.qualepref.indicators.application;

/**
 * One indicator in one period and scope.
 *
 * @param indicator the indicator's code ("I17.1")
 * @param label     its label in the référentiel (French)
 * @param period    "2026-03", "2026-Q1" or "2026"
 * @param scope     "national" or the region's name
 * @param sites     the sites of the scope with a value for it in the period
 * @param mean      mean of their values (a rate 0–1, a delay, a count...: the indicator's own unit); null when
 *                  no site reports
 * @param median    their median
 * @param p10       their 10th percentile
 * @param p90       their 90th percentile
 */
public record Distribution(String indicator, String label, String period, String scope, int sites, Double mean,
                           Double median, Double p10, Double p90) {
}
