package fr.interieur.qualepref.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on real dates (day of receipt = day 0, 17.1), the year boundaries and local holidays. */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar PARIS = WorkingDayCalendar.of("75");
    static final WorkingDayCalendar MOSELLE = WorkingDayCalendar.of("57");
    static final WorkingDayCalendar MARTINIQUE = WorkingDayCalendar.of("972");

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRequestReceivedOnAFridayStartsCountingOnMonday() {
        assertThat(PARIS.addWorkingDays(d("2019-03-01"), 1)).isEqualTo(d("2019-03-04"));
        assertThat(PARIS.addWorkingDays(d("2019-03-01"), 5)).isEqualTo(d("2019-03-08"));
        assertThat(PARIS.addWorkingDays(d("2019-03-02"), 1)).as("received on a Saturday").isEqualTo(d("2019-03-04"));
        assertThat(PARIS.addWorkingDays(d("2019-03-01"), 0)).isEqualTo(d("2019-03-01"));
    }

    @Test
    void fifteenWorkingDaysAcrossEasterAndMayDay2019() {
        // Easter Monday 22 April, 1 May, 8 May 2019 (Wednesdays).
        assertThat(PARIS.addWorkingDays(d("2019-04-18"), 15)).isEqualTo(d("2019-05-14"));
        assertThat(PARIS.workingDaysBetween(d("2019-04-18"), d("2019-05-14"))).isEqualTo(15);
        assertThat(PARIS.isWithin(d("2019-04-18"), d("2019-05-14"), 15)).isTrue();
        assertThat(PARIS.isWithin(d("2019-04-18"), d("2019-05-15"), 15)).isFalse();
    }

    @Test
    void theDayBeforeAPublicHoliday() {
        // Friday 13 July 2018, then Saturday 14 July; Tuesday 14 July 2020 is a holiday on a weekday.
        assertThat(PARIS.addWorkingDays(d("2020-07-13"), 1)).isEqualTo(d("2020-07-15"));
        // Whit Monday 1 June 2020 after a Friday.
        assertThat(PARIS.addWorkingDays(d("2020-05-29"), 5)).isEqualTo(d("2020-06-08"));
    }

    @Test
    void yearBoundaries() {
        assertThat(PARIS.addWorkingDays(d("2020-12-31"), 1)).isEqualTo(d("2021-01-04"));
        assertThat(PARIS.addWorkingDays(d("2021-12-31"), 1)).isEqualTo(d("2022-01-03"));
        assertThat(PARIS.addWorkingDays(d("2019-12-24"), 2)).isEqualTo(d("2019-12-27"));
        assertThat(PARIS.workingDaysBetween(d("2018-12-21"), d("2019-01-07"))).as("25 Dec, 1 Jan off").isEqualTo(9);
        assertThat(PARIS.addWorkingDays(d("2100-12-24"), 4)).isEqualTo(d("2100-12-30"));
    }

    @Test
    void theEveOfALocalHolidayInAlsaceMoselle() {
        // Thursday 9 April 2020: Good Friday, the weekend and Easter Monday follow in Moselle.
        assertThat(MOSELLE.addWorkingDays(d("2020-04-09"), 1)).isEqualTo(d("2020-04-14"));
        assertThat(PARIS.addWorkingDays(d("2020-04-09"), 1)).isEqualTo(d("2020-04-10"));
        // Tuesday 24 December 2019: 25 and 26 December off in Moselle.
        assertThat(MOSELLE.addWorkingDays(d("2019-12-24"), 2)).isEqualTo(d("2019-12-30"));
        assertThat(WorkingDayCalendar.of("67").addWorkingDays(d("2019-12-24"), 2)).isEqualTo(d("2019-12-30"));
    }

    @Test
    void theEveOfALocalHolidayOverseas() {
        // Wednesday 20 May 2020: Ascension on the 21st, abolition of slavery in Martinique on the 22nd.
        assertThat(MARTINIQUE.addWorkingDays(d("2020-05-20"), 1)).isEqualTo(d("2020-05-25"));
        assertThat(PARIS.addWorkingDays(d("2020-05-20"), 1)).isEqualTo(d("2020-05-22"));
        assertThat(WorkingDayCalendar.of("971").addWorkingDays(d("2021-05-26"), 1)).isEqualTo(d("2021-05-28"));
        assertThat(WorkingDayCalendar.of("973").addWorkingDays(d("2021-06-09"), 1)).isEqualTo(d("2021-06-11"));
        assertThat(WorkingDayCalendar.of("974").addWorkingDays(d("2021-12-17"), 1)).isEqualTo(d("2021-12-21"));
        assertThat(WorkingDayCalendar.of("976").addWorkingDays(d("2021-04-26"), 1)).isEqualTo(d("2021-04-28"));
    }

    @Test
    void aDeclaredClosureStopsTheClockLikeAHoliday() {
        WorkingDayCalendar closed = new WorkingDayCalendar("13", Map.of(d("2019-03-04"), "Déménagement"));
        assertThat(closed.addWorkingDays(d("2019-03-01"), 1)).isEqualTo(d("2019-03-05"));
        assertThat(closed.why(d("2019-03-04")).orElseThrow().reason()).isEqualTo(NonWorkingDay.Reason.CLOSURE);
        assertThat(WorkingDayCalendar.of("13").addWorkingDays(d("2019-03-01"), 1)).isEqualTo(d("2019-03-04"));
    }

    @Test
    void addingAndCountingAgreeOnEveryDayFrom2018To2100() {
        for (String dep : new String[] {"75", "57", "974"}) {
            WorkingDayCalendar c = WorkingDayCalendar.of(dep);
            for (LocalDate start = d("2018-01-01"); start.isBefore(d("2100-12-01")); start = start.plusDays(1)) {
                for (int n : new int[] {1, 5, 10, 15}) {
                    LocalDate end = c.addWorkingDays(start, n);
                    assertThat(c.isWorkingDay(end)).isTrue();
                    assertThat(c.workingDaysBetween(start, end)).isEqualTo(n);
                    assertThat(c.workingDaysBetween(start, end.minusDays(1))).isEqualTo(n - 1);
                }
            }
        }
    }

    @Test
    void listsTheNonWorkingDaysWithTheirReason() {
        var days = MOSELLE.nonWorkingDays(d("2020-04-10"), d("2020-04-13"));
        assertThat(days).extracting(NonWorkingDay::reason).containsExactly(NonWorkingDay.Reason.PUBLIC_HOLIDAY,
                NonWorkingDay.Reason.WEEKEND, NonWorkingDay.Reason.WEEKEND, NonWorkingDay.Reason.PUBLIC_HOLIDAY);
        assertThat(PARIS.nonWorkingDays(d("2019-01-01"), d("2019-12-31"))).as("14 July 2019 is a Sunday").hasSize(104 + 11 - 1);
    }

    @Test
    void refusesWhatItCannotCount() {
        assertThatThrownBy(() -> PARIS.addWorkingDays(d("2019-01-01"), -1)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> PARIS.workingDaysBetween(d("2019-01-02"), d("2019-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PARIS.isWorkingDay(d("2017-12-29"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDayCalendar.of("99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crisisDelaysAreClockMinutesAcrossTimeZones() {
        OffsetDateTime cod = OffsetDateTime.parse("2021-03-13T10:00:00+04:00");
        assertThat(ClockHours.isWithin(cod, OffsetDateTime.parse("2021-03-13T06:59:00Z"), 1)).isTrue();
        assertThat(ClockHours.isWithin(cod, OffsetDateTime.parse("2021-03-13T07:59:00+01:00"), 1)).isTrue();
        assertThat(ClockHours.isWithin(cod, OffsetDateTime.parse("2021-03-13T07:01:00Z"), 1)).isFalse();
        assertThat(ClockHours.isWithin(cod, OffsetDateTime.parse("2021-03-13T07:00:00Z"), 1)).isTrue();
        assertThat(ClockHours.minutesBetween(cod, OffsetDateTime.parse("2021-03-13T08:01:00+01:00"))).isEqualTo(61);
        assertThatThrownBy(() -> ClockHours.isWithin(cod, cod.minusMinutes(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
