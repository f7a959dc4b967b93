package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The period an imported value covers: a month (22: "délai moyen mensuel") or a quarter (14: "trimestriel"). */
public enum ValuePeriod {
    MONTH(1),
    QUARTER(3);

    private final int months;

    ValuePeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Whether {@code day} is the first day of such a period. */
    public boolean startsOn(LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % months == 0;
    }

    /** "2026-03" or "2026-Q1". */
    public String label(LocalDate start) {
        return this == MONTH ? String.format("%d-%02d", start.getYear(), start.getMonthValue())
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
