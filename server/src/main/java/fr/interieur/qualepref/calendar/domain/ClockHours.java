package fr.interieur.qualepref.calendar.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Delays in clock hours, for the crisis commitments of module 7 (47, 48, 50; 19.3 "en moins d'une heure"): counted
 * on the instant line, whatever the time zones the two moments were written in, weekends and holidays included.
 */
public final class ClockHours {

    private ClockHours() {
    }

    /** Whole minutes from {@code start} to {@code end} (negative when {@code end} is earlier). */
    public static long minutesBetween(OffsetDateTime start, OffsetDateTime end) {
        return Duration.between(start.toInstant(), end.toInstant()).toMinutes();
    }

    /** Whether {@code end} comes at most {@code hours} hours after {@code start}: 59 min is within 1 h, 61 min is not. */
    public static boolean isWithin(OffsetDateTime start, OffsetDateTime end, int hours) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(end + " is before " + start);
        }
        return Duration.between(start.toInstant(), end.toInstant()).compareTo(Duration.ofHours(hours)) <= 0;
    }
}
