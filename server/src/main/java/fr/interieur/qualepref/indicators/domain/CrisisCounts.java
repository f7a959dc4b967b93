package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;

/**
 * The crisis timelines of one period (by the day of time 0 in the site's legal time).
 *
 * @param period        first day of the period
 * @param cells         timelines with a communication cell activated (47)
 * @param elusInformed  timelines with the élus informed (48)
 * @param elusMinutes   minutes from time 0 to the élus informed, summed
 * @param cipActivated  timelines with a CIP activated (50)
 * @param cipWithin     of those, activated within the delay
 */
public record CrisisCounts(LocalDate period, long cells, long elusInformed, long elusMinutes, long cipActivated,
                           long cipWithin) {
}
