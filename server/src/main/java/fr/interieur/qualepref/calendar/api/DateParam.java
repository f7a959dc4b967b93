package fr.interieur.qualepref.calendar.api;

import fr.interieur.qualepref.calendar.domain.FrenchPublicHolidays;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query and path parameters: ISO (2020-05-07), within the years the calendar covers, else 400. */
public final class DateParam {

    private DateParam() {
    }

    public static LocalDate required(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequest(name + " is required (a date, YYYY-MM-DD).");
        }
        return parse(name, text.strip());
    }

    public static LocalDate orElse(String name, String text, LocalDate fallback) {
        return text == null || text.isBlank() ? fallback : parse(name, text.strip());
    }

    private static LocalDate parse(String name, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be a date (YYYY-MM-DD), not '" + text + "'.");
        }
        if (date.getYear() < FrenchPublicHolidays.FIRST_YEAR || date.getYear() > FrenchPublicHolidays.LAST_YEAR) {
            throw new InvalidRequest(name + " must fall within " + FrenchPublicHolidays.FIRST_YEAR + "–"
                    + FrenchPublicHolidays.LAST_YEAR + ", the years the working-day calendar covers.");
        }
        return date;
    }

    /** Checks an interval given by the caller: in order, and at most {@code maxDays} long. */
    public static void checkInterval(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new InvalidRequest("to (" + to + ") is before from (" + from + ").");
        }
        if (from.plusDays(maxDays).isBefore(to)) {
            throw new InvalidRequest("the interval may cover at most " + maxDays + " days.");
        }
    }
}
