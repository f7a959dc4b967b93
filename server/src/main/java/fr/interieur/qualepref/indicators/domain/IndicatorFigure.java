package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;

/**
 * One indicator for one period, with what it was computed from.
 *
 * @param code        the indicator's code in the référentiel (I17.1)
 * @param commitment  its commitment
 * @param label       its label in the référentiel
 * @param kind        RATE_WITHIN_DEADLINE, MEAN_DELAY...
 * @param deadline    the deadline in working days, when fixed by the référentiel
 * @param periodStart first day of the period
 * @param periodEnd   last day of the period
 * @param computed    false when no register of the platform feeds this indicator yet ({@code note} says which)
 * @param value       the rate (0–1) or the mean delay in working days; null with nothing to measure
 * @param numerator   for a rate: requests answered in time
 * @param denominator for a rate: answered in time + late (answered late or open past the deadline)
 * @param pending     open requests still within their deadline, not counted either way
 * @param sample      the requests the figure is about
 * @param formula     how the value was computed, in words
 * @param note        why it is not computed, or a remark on the figure
 */
public record IndicatorFigure(String code, int commitment, String label, String kind, Integer deadline,
                              LocalDate periodStart, LocalDate periodEnd, boolean computed, Double value,
                              Long numerator, Long denominator, Long pending, Long sample, String formula,
                              String note) {
}
