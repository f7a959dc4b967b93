package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods an indicator is reported by: month, quarter (10.6, 14) or year. */
public enum Period {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    Period(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the period that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        int monthIndex = (day.getMonthValue() - 1) / months * months;
        return LocalDate.of(day.getYear(), monthIndex + 1, 1);
    }

    public LocalDate endOf(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The period that starts on {@code start}, as reports name it: "2026-03", "2026-Q1", "2026". */
    public String label(LocalDate start) {
        switch (this) {
            case MONTH:
                return String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER:
                return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default:
                return Integer.toString(start.getYear());
        }
    }

    /** The starts of the periods that meet {@code from}–{@code to}, in order. */
    public List<LocalDate> starts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = startOf(from); !s.isAfter(to); s = s.plusMonths(months)) {
            starts.add(s);
        }
        return starts;
    }
}
