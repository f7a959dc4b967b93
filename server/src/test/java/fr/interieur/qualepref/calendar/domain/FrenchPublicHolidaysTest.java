package fr.interieur.qualepref.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The holidays against the law, written here independently of Jollyday: code du travail L3133-1 (the national days),
 * L3134-13 (Alsace-Moselle: Good Friday, 26 December), loi n° 83-550 and décret n° 83-1003 as amended (abolition of
 * slavery overseas), for every department and every year from 2018 to 2100.
 */
class FrenchPublicHolidaysTest {

    static final FrenchPublicHolidays HOLIDAYS = FrenchPublicHolidays.instance();

    /** Every department code the site codes accept (SiteCode). */
    static List<String> departments() {
        List<String> codes = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                codes.add(String.format("%02d", d));
            }
        }
        codes.addAll(List.of("2A", "2B", "971", "972", "973", "974", "975", "976"));
        return codes;
    }

    /** Easter Sunday, Gregorian computus (Meeus/Jones/Butcher): an oracle independent of the library. */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    static Set<LocalDate> expected(String department, int y) {
        LocalDate easter = easter(y);
        Set<LocalDate> days = new HashSet<>(List.of(LocalDate.of(y, 1, 1), easter.plusDays(1), LocalDate.of(y, 5, 1),
                LocalDate.of(y, 5, 8), easter.plusDays(39), easter.plusDays(50), LocalDate.of(y, 7, 14),
                LocalDate.of(y, 8, 15), LocalDate.of(y, 11, 1), LocalDate.of(y, 11, 11), LocalDate.of(y, 12, 25)));
        if (Set.of("57", "67", "68").contains(department)) {
            days.add(easter.minusDays(2));
            days.add(LocalDate.of(y, 12, 26));
        }
        Map<String, LocalDate> abolition = Map.of("971", LocalDate.of(y, 5, 27), "972", LocalDate.of(y, 5, 22),
                "973", LocalDate.of(y, 6, 10), "974", LocalDate.of(y, 12, 20), "976", LocalDate.of(y, 4, 27));
        if (abolition.containsKey(department)) {
            days.add(abolition.get(department));
        }
        return days;
    }

    @Test
    void theOracleKnowsItsEasters() {
        assertThat(easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(easter(2020)).isEqualTo(LocalDate.of(2020, 4, 12));
        assertThat(easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(easter(2100)).isEqualTo(LocalDate.of(2100, 3, 28));
    }

    @Test
    void everyDepartmentHasTheHolidaysOfTheLawEveryYearFrom2018To2100() {
        for (String department : departments()) {
            for (int y = FrenchPublicHolidays.FIRST_YEAR; y <= FrenchPublicHolidays.LAST_YEAR; y++) {
                assertThat(HOLIDAYS.of(department, y).keySet()).as("%s in %d", department, y)
                        .containsExactlyInAnyOrderElementsOf(expected(department, y));
            }
        }
    }

    @Test
    void easterBasedHolidaysOnKnownDates() {
        assertThat(HOLIDAYS.of("75", 2019)).containsKeys(LocalDate.of(2019, 4, 22), LocalDate.of(2019, 5, 30),
                LocalDate.of(2019, 6, 10));
        assertThat(HOLIDAYS.of("13", 2024)).containsKeys(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9),
                LocalDate.of(2024, 5, 20));
        assertThat(HOLIDAYS.of("13", 2100)).containsKeys(LocalDate.of(2100, 3, 29), LocalDate.of(2100, 5, 6),
                LocalDate.of(2100, 5, 17));
    }

    @Test
    void alsaceMoselleHasGoodFridayAndSaintStephen() {
        for (String d : List.of("57", "67", "68")) {
            assertThat(HOLIDAYS.isHoliday(d, LocalDate.of(2020, 4, 10))).as("Vendredi saint 2020 in %s", d).isTrue();
            assertThat(HOLIDAYS.isHoliday(d, LocalDate.of(2019, 12, 26))).as("26 décembre in %s", d).isTrue();
        }
        assertThat(HOLIDAYS.of("57", 2020).get(LocalDate.of(2020, 4, 10))).isEqualTo("Vendredi Saint");
        assertThat(HOLIDAYS.isHoliday("54", LocalDate.of(2020, 4, 10))).as("Meurthe-et-Moselle is not Moselle")
                .isFalse();
        assertThat(HOLIDAYS.isHoliday("75", LocalDate.of(2019, 12, 26))).isFalse();
    }

    @Test
    void eachOverseasDepartmentHasItsAbolitionDay() {
        assertThat(HOLIDAYS.of("971", 2021).get(LocalDate.of(2021, Month.MAY, 27)))
                .isEqualTo("Abolition de l'esclavage");
        assertThat(HOLIDAYS.isHoliday("972", LocalDate.of(2021, 5, 22))).isTrue();
        assertThat(HOLIDAYS.isHoliday("973", LocalDate.of(2021, 6, 10))).isTrue();
        assertThat(HOLIDAYS.isHoliday("974", LocalDate.of(2021, 12, 20))).isTrue();
        assertThat(HOLIDAYS.isHoliday("976", LocalDate.of(2021, 4, 27))).isTrue();
        assertThat(HOLIDAYS.isHoliday("971", LocalDate.of(2021, 5, 22))).as("Martinique's day is not Guadeloupe's")
                .isFalse();
        assertThat(HOLIDAYS.isHoliday("975", LocalDate.of(2021, 5, 27))).isFalse();
        assertThat(HOLIDAYS.isHoliday("75", LocalDate.of(2021, 12, 20))).isFalse();
    }

    @Test
    void everyHolidayHasAName() {
        assertThat(HOLIDAYS.of("68", 2030).values()).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void refusesYearsAndCodesItDoesNotCover() {
        assertThatThrownBy(() -> HOLIDAYS.of("75", 2017)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2018–2100");
        assertThatThrownBy(() -> HOLIDAYS.of("75", 2101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HOLIDAYS.of("20", 2020)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HOLIDAYS.of("977", 2020)).isInstanceOf(IllegalArgumentException.class);
    }
}
