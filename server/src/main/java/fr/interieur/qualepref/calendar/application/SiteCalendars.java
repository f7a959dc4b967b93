package fr.interieur.qualepref.calendar.application;

import fr.interieur.qualepref.calendar.domain.ClosureDay;
import fr.interieur.qualepref.calendar.domain.ClosureDays;
import fr.interieur.qualepref.calendar.domain.FrenchPublicHolidays;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The working-day calendar of the site bound to the current transaction, its closures included. Not bound to the
 * request's site itself, so that a national read that binds each site in turn (TenantBinding) builds each site's
 * calendar the one way {@link CalendarService} does.
 */
@ApplicationScoped
public class SiteCalendars {

    private static final LocalDate FIRST = LocalDate.of(FrenchPublicHolidays.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(FrenchPublicHolidays.LAST_YEAR, 12, 31);

    @Inject
    ClosureDays closures;

    /** {@code site} must be the site bound to the transaction: its closures are read under its binding. */
    public WorkingDayCalendar calendarOf(Site site) {
        Map<LocalDate, String> declared = new LinkedHashMap<>();
        for (ClosureDay c : closures.between(FIRST, LAST)) {
            declared.put(c.day(), c.reason());
        }
        return new WorkingDayCalendar(site.departmentCode(), declared);
    }
}
