package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;

/**
 * The survey results of one indicator within one period, every criterion and survey together.
 *
 * @param code        the indicator
 * @param period      the first day of the period
 * @param satisfied   respondents satisfied
 * @param respondents respondents
 */
public record SurveyCounts(String code, LocalDate period, long satisfied, long respondents) {
}
