package fr.interieur.qualepref.calendar.domain;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The public holidays (jours fériés) of a French department, for the years the platform measures (2018–2100).
 *
 * <p>The national days and the Easter-based ones come from Jollyday (de.focus-shift, a kept library with its own
 * Easter computation). Its French data departs from the law in two places, corrected here (docs/adr/0010):
 * <ol>
 *   <li><b>Moselle (57)</b>: Jollyday 1.5.6 gives it 26 December but not Good Friday. Good Friday is a public holiday
 *       in the three departments of Alsace-Moselle alike (code du travail, art. L3134-13, local law kept by the
 *       loi du 1er juin 1924); Bas-Rhin and Haut-Rhin have it in Jollyday, Moselle must too.</li>
 *   <li><b>Overseas departments</b>: Jollyday 1.5.6 has no French overseas subdivision at all. The commemoration of
 *       the abolition of slavery is a public holiday there (loi n° 83-550 du 30 juin 1983; dates fixed by décret
 *       n° 83-1003 du 23 novembre 1983, as amended by décret n° 2012-553 du 23 avril 2012): Guadeloupe (971) 27 May,
 *       Martinique (972) 22 May, Guyane (973) 10 June, La Réunion (974) 20 December, Mayotte (976) 27 April.</li>
 * </ol>
 * Days a site closes for other local reasons (e.g. 21 July, fête Victor Schœlcher, kept in Guadeloupe and Martinique
 * by local custom rather than by the code du travail) are declared by the site as closures.
 */
public final class FrenchPublicHolidays {

    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2100;

    private static final Pattern DEPARTMENT =
            Pattern.compile("0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6]");

    /** Abolition of slavery, per overseas department (décret n° 83-1003 as amended). */
    private static final Map<String, LocalDateInYear> ABOLITION_OF_SLAVERY = Map.of(
            "971", new LocalDateInYear(Month.MAY, 27),
            "972", new LocalDateInYear(Month.MAY, 22),
            "973", new LocalDateInYear(Month.JUNE, 10),
            "974", new LocalDateInYear(Month.DECEMBER, 20),
            "976", new LocalDateInYear(Month.APRIL, 27));

    private static final FrenchPublicHolidays INSTANCE = new FrenchPublicHolidays();

    private final HolidayManager france = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    private final Map<String, NavigableMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

    private FrenchPublicHolidays() {
    }

    /** The holidays are immutable data: one instance serves the whole application. */
    public static FrenchPublicHolidays instance() {
        return INSTANCE;
    }

    public static boolean isDepartment(String code) {
        return code != null && DEPARTMENT.matcher(code).matches();
    }

    /** The public holidays of {@code department} in {@code year}, by date, with their French name. */
    public NavigableMap<LocalDate, String> of(String department, int year) {
        if (!isDepartment(department)) {
            throw new IllegalArgumentException("'" + department + "' is not a French department code");
        }
        checkYear(year);
        return cache.computeIfAbsent(department + "/" + year, k -> compute(department, year));
    }

    public boolean isHoliday(String department, LocalDate day) {
        return of(department, day.getYear()).containsKey(day);
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the calendar covers " + FIRST_YEAR + "–" + LAST_YEAR + ", not "
                    + year);
        }
    }

    private NavigableMap<LocalDate, String> compute(String department, int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        // Jollyday knows the metropolitan departments by their code; overseas ones, which it does not know, take
        // the national days (and get their own below). Correction 1: Moselle takes Bas-Rhin's days, which are the
        // law's for all three departments of Alsace-Moselle.
        Set<Holiday> holidays = department.startsWith("97") ? france.getHolidays(Year.of(year))
                : france.getHolidays(Year.of(year), "57".equals(department) ? "67" : department);
        for (Holiday h : holidays) {
            days.put(h.getDate(), h.getDescription(Locale.FRENCH));
        }
        LocalDateInYear abolition = ABOLITION_OF_SLAVERY.get(department);
        if (abolition != null) {
            // Correction 2 (see the class comment).
            days.put(abolition.in(year), "Abolition de l'esclavage");
        }
        return Collections.unmodifiableNavigableMap(days);
    }

    private record LocalDateInYear(Month month, int day) {
        LocalDate in(int year) {
            return LocalDate.of(year, month, day);
        }
    }
}
