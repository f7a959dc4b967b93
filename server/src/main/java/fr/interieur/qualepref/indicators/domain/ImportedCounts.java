package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;

/**
 * The values imported for one indicator within one period.
 *
 * @param code   the indicator
 * @param period the first day of the period
 * @param mean   the mean of the values (the value itself when there is one)
 * @param values how many values
 */
public record ImportedCounts(String code, LocalDate period, double mean, long values) {
}
