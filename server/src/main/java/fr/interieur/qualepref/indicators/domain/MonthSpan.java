package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interval of days cut in two: the whole months it covers, which the per-month tallies answer, and the days at
 * its ends that are only part of a month, which are read from the registers themselves.
 *
 * @param wholeMonths the first days of its first and last whole months, if it covers one
 * @param parts       the intervals of days, both ends included, outside the whole months (none, one or two)
 */
public record MonthSpan(Optional<Months> wholeMonths, List<Days> parts) {

    /** The months from {@code first} to {@code last}, both first days of months. */
    public record Months(LocalDate first, LocalDate last) {
    }

    /** The days from {@code from} to {@code to}, both included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    public MonthSpan {
        parts = List.copyOf(parts);
    }

    public static MonthSpan of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endOfWhole = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
        if (endOfWhole.isBefore(firstWhole)) {
            return new MonthSpan(Optional.empty(), List.of(new Days(from, to)));
        }
        List<Days> parts = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            parts.add(new Days(from, firstWhole.minusDays(1)));
        }
        if (endOfWhole.isBefore(to)) {
            parts.add(new Days(endOfWhole.plusDays(1), to));
        }
        return new MonthSpan(Optional.of(new Months(firstWhole, endOfWhole.withDayOfMonth(1))), parts);
    }
}
