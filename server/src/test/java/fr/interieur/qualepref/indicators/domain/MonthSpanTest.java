package fr.interieur.qualepref.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.indicators.domain.MonthSpan.Days;
import fr.interieur.qualepref.indicators.domain.MonthSpan.Months;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which days of an interval the per-month tallies answer, and which the registers must. */
class MonthSpanTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aYearIsTwelveWholeMonthsAndNothingElse() {
        MonthSpan s = MonthSpan.of(d("2026-01-01"), d("2026-12-31"));
        assertThat(s.wholeMonths()).contains(new Months(d("2026-01-01"), d("2026-12-01")));
        assertThat(s.parts()).isEmpty();
    }

    @Test
    void theDaysBeforeTheFirstAndAfterTheLastWholeMonthAreParts() {
        MonthSpan s = MonthSpan.of(d("2026-01-15"), d("2026-12-01"));
        assertThat(s.wholeMonths()).contains(new Months(d("2026-02-01"), d("2026-11-01")));
        assertThat(s.parts()).containsExactly(new Days(d("2026-01-15"), d("2026-01-31")),
                new Days(d("2026-12-01"), d("2026-12-01")));
    }

    @Test
    void februaryEndsOnThe28thOrThe29th() {
        assertThat(MonthSpan.of(d("2024-02-01"), d("2024-02-29")).wholeMonths())
                .contains(new Months(d("2024-02-01"), d("2024-02-01")));
        assertThat(MonthSpan.of(d("2024-02-01"), d("2024-02-28")).parts())
                .containsExactly(new Days(d("2024-02-01"), d("2024-02-28")));
        assertThat(MonthSpan.of(d("2025-02-01"), d("2025-02-28")).parts()).isEmpty();
    }

    @Test
    void anIntervalWithoutAWholeMonthIsOnePartEvenAcrossTwoMonths() {
        assertThat(MonthSpan.of(d("2026-03-10"), d("2026-04-20")))
                .isEqualTo(new MonthSpan(java.util.Optional.empty(), java.util.List.of(
                        new Days(d("2026-03-10"), d("2026-04-20")))));
        assertThat(MonthSpan.of(d("2026-03-10"), d("2026-03-10")).parts())
                .containsExactly(new Days(d("2026-03-10"), d("2026-03-10")));
    }

    @Test
    void aYearEndIsCrossedLikeAnyMonth() {
        MonthSpan s = MonthSpan.of(d("2025-12-31"), d("2027-01-01"));
        assertThat(s.wholeMonths()).contains(new Months(d("2026-01-01"), d("2026-12-01")));
        assertThat(s.parts()).containsExactly(new Days(d("2025-12-31"), d("2025-12-31")),
                new Days(d("2027-01-01"), d("2027-01-01")));
    }

    @Test
    void anIntervalEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> MonthSpan.of(d("2026-03-10"), d("2026-03-09")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
