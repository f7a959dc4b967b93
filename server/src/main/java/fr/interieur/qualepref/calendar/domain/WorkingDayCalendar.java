package fr.interieur.qualepref.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working days (jours ouvrés) of one site: Monday to Friday, except the public holidays of its department and
 * the days the site declared closed. Every deadline of the référentiel in working days is counted here, and only
 * here (the indicators' SQL receives {@link #nonWorkingDays} from this class).
 *
 * <p>Counting convention (17.1: "le délai s'apprécie à partir de la date de réception"): the day of receipt is day 0;
 * a reply is within N working days when at most N working days have passed after that day. A request received on a
 * Friday evening or a Saturday therefore has its first working day on the Monday.
 */
public final class WorkingDayCalendar {

    private final String department;
    private final FrenchPublicHolidays holidays;
    private final Map<LocalDate, String> closures;

    public WorkingDayCalendar(String department, Map<LocalDate, String> closures) {
        this.holidays = FrenchPublicHolidays.instance();
        if (!FrenchPublicHolidays.isDepartment(department)) {
            throw new IllegalArgumentException("'" + department + "' is not a French department code");
        }
        this.department = department;
        this.closures = new TreeMap<>(closures);
    }

    /** The calendar of a department with no declared closure. */
    public static WorkingDayCalendar of(String department) {
        return new WorkingDayCalendar(department, Map.of());
    }

    public String department() {
        return department;
    }

    public boolean isWorkingDay(LocalDate day) {
        return why(day).isEmpty();
    }

    /** Why the site does not work on {@code day}, or empty on a working day. */
    public Optional<NonWorkingDay> why(LocalDate day) {
        FrenchPublicHolidays.checkYear(day.getYear());
        String holiday = holidays.of(department, day.getYear()).get(day);
        if (holiday != null) {
            return Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.PUBLIC_HOLIDAY, holiday));
        }
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.WEEKEND,
                    dow == DayOfWeek.SATURDAY ? "samedi" : "dimanche"));
        }
        String closure = closures.get(day);
        if (closure != null) {
            return Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.CLOSURE, closure));
        }
        return Optional.empty();
    }

    /** The day on which a delay of {@code workingDays} that starts on {@code start} (day 0) runs out. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a delay is a number of working days ≥ 0, not " + workingDays);
        }
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working days after {@code start} up to and including {@code end}: the delay taken by a reply. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(end + " is before " + start);
        }
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether something started on {@code start} and done on {@code done} kept a delay of {@code workingDays}. */
    public boolean isWithin(LocalDate start, LocalDate done, int workingDays) {
        return !done.isAfter(addWorkingDays(start, workingDays));
    }

    /** The non-working days from {@code from} to {@code to}, both included, in date order. */
    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate to) {
        List<NonWorkingDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            why(day).ifPresent(days::add);
        }
        return days;
    }
}
