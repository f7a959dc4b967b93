package fr.interieur.qualepref.calendar.api;

import fr.interieur.qualepref.calendar.domain.ClosureDay;
import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the calendar routes. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** The non-working days of a site over an interval. */
    public record CalendarView(String site, String department, LocalDate from, LocalDate to, int workingDays,
                               List<DayView> nonWorkingDays) {
    }

    public record DayView(LocalDate date, String reason, String name) {
        static DayView of(NonWorkingDay d) {
            return new DayView(d.date(), d.reason().name(), d.name());
        }
    }

    /** When a delay of N working days from a start date runs out, on the site's calendar. */
    public record DeadlineView(LocalDate start, int workingDays, LocalDate deadline) {
    }

    public record ClosureView(LocalDate date, String reason, String declaredBy) {
        static ClosureView of(ClosureDay c) {
            return new ClosureView(c.day(), c.reason(), c.declaredBy());
        }
    }
}
