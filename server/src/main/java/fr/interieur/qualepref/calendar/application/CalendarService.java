package fr.interieur.qualepref.calendar.application;

import fr.interieur.qualepref.calendar.domain.ClosureDay;
import fr.interieur.qualepref.calendar.domain.ClosureDays;
import fr.interieur.qualepref.calendar.domain.ClosuresChanged;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The working-day calendar of the request's site: its department's holidays and the closures it declared. */
@ApplicationScoped
@Transactional
@SiteScoped
public class CalendarService {

    @Inject
    ClosureDays closures;

    @Inject
    SiteCalendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CallerContext callers;

    @Inject
    Event<ClosuresChanged> changed;

    /** The site's calendar, its closures included. */
    public WorkingDayCalendar calendarOf(Site site) {
        return calendars.calendarOf(site);
    }

    public List<ClosureDay> closures(LocalDate from, LocalDate to) {
        return closures.between(from, to);
    }

    /** Declares (or re-declares with a new reason) a closure on a day that would otherwise be worked. */
    public ClosureDay declare(Site site, LocalDate day, String reason) {
        var existing = closures.on(day);
        if (existing.isEmpty()) {
            var why = WorkingDayCalendar.of(site.departmentCode()).why(day);
            if (why.isPresent()) {
                throw new InvalidRequest(day + " is already a non-working day (" + why.get().name() + ").");
            }
        }
        String by = callers.required().login();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ClosureDay closure;
        if (existing.isPresent()) {
            closure = existing.get();
            String before = closure.reason();
            closure.redeclare(reason, by, now);
            audit.record(actor(), tenant.required(), "ClosureDay", day.toString(), "UPDATE", before, reason);
        } else {
            closure = new ClosureDay(day, reason, by, now);
            closures.store(closure);
            audit.record(actor(), tenant.required(), "ClosureDay", day.toString(), "CREATE", null, reason);
            changed.fire(new ClosuresChanged(day));
        }
        return closure;
    }

    public void withdraw(LocalDate day) {
        ClosureDay closure = closures.on(day).orElseThrow(() -> new NotFound("No closure is declared on " + day
                + "."));
        closures.remove(closure);
        audit.record(actor(), tenant.required(), "ClosureDay", day.toString(), "DELETE", closure.reason(), null);
        changed.fire(new ClosuresChanged(day));
    }

    private AuditTrail.Actor actor() {
        var c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }
}
