package fr.interieur.qualepref.indicators.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The chapter VI indicators of many sites, as numbers only: per indicator, per period and per scope (the nation, then
 * each region), how the sites' values spread. No site's records, nor any one site's value, leave it.
 *
 * @param from          first day asked
 * @param to            last day asked
 * @param period        MONTH, QUARTER or YEAR
 * @param asOf          the day open entries were judged on
 * @param sitesRead     the sites whose registers were read
 * @param distributions by indicator (référentiel order), then period, then scope ("national" first, then regions
 *                      by name)
 */
public record NationalIndicators(LocalDate from, LocalDate to, String period, LocalDate asOf, int sitesRead,
                                 List<Distribution> distributions) {
}
