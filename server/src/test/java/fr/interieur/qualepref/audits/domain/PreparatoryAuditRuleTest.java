package fr.interieur.qualepref.audits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V.2 "2 mois avant les audits externes", with the tolerance of {@link PreparatoryAuditRule}. */
class PreparatoryAuditRuleTest {

    @ParameterizedTest(name = "external {0}: window {1} … {2}")
    @CsvSource({
            "2027-03-15, 2026-12-16, 2027-02-14",
            // two months before 31 May is 31 March; before 30 April, 28 February (no 30 February)
            "2027-05-31, 2027-03-01, 2027-04-30",
            "2027-04-30, 2027-01-29, 2027-03-30",
            // across a leap day: two months before 29 April 2028 is 29 February 2028
            "2028-04-29, 2028-01-30, 2028-03-30",
            // across the year boundary
            "2027-01-10, 2026-10-11, 2026-12-10"})
    void theWindowIsTwoCalendarMonthsBeforePlusOrMinusThirtyDays(LocalDate external, LocalDate first,
                                                                  LocalDate last) {
        assertThat(PreparatoryAuditRule.window(external)).isEqualTo(new PreparatoryAuditRule.DateRange(first, last));
    }

    @ParameterizedTest(name = "internal {0} for external 2027-03-15: {1}")
    @CsvSource({
            "2026-12-15, false", // one day outside, early
            "2026-12-16, true",  // first day inside
            "2027-01-15, true",  // exactly two months
            "2027-02-14, true",  // last day inside
            "2027-02-15, false", // one day outside, late
            "2027-03-15, false"}) // the same day is not "before"
    void theEdgesAreOneDayInsideAndOneDayOutside(LocalDate internal, boolean satisfies) {
        assertThat(PreparatoryAuditRule.satisfies(internal, LocalDate.parse("2027-03-15"))).isEqualTo(satisfies);
    }
}
