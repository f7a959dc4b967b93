package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;

/**
 * What the register holds for one indicator and one period (by date of receipt).
 *
 * @param code            the indicator
 * @param period          the first day of the period
 * @param met             replied (a holding reply counts) within the deadline
 * @param late            replied after the deadline, or still open past it
 * @param pending         still open and still within the deadline: reported apart, not counted as met
 * @param withoutDeadline requests measured against an announced delay that the register does not give
 * @param replied         requests with a reply
 * @param delaySum        working days from clock start to reply, summed over the replied requests
 */
public record RuleCounts(String code, LocalDate period, long met, long late, long pending,
                                   long withoutDeadline, long replied, long delaySum) {
}
