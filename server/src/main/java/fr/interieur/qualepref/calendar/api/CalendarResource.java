package fr.interieur.qualepref.calendar.api;

import fr.interieur.qualepref.calendar.api.CalendarViews.CalendarView;
import fr.interieur.qualepref.calendar.api.CalendarViews.ClosureView;
import fr.interieur.qualepref.calendar.api.CalendarViews.DayView;
import fr.interieur.qualepref.calendar.api.CalendarViews.DeadlineView;
import fr.interieur.qualepref.calendar.application.CalendarService;
import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.calendar.domain.WorkingDayCalendar;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A site's working-day calendar: what counts as a working day for its deadlines, and the closures it declares. */
@Path("/sites/{code}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Calendar", description = "Working days per department and site (jours ouvrés)")
public class CalendarResource {

    /** Three years and a day: enough for a year's indicators with their margins, small enough to answer at once. */
    private static final int MAX_DAYS = 3 * 366;

    @Inject
    SiteService sites;

    @Inject
    CalendarService calendars;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's non-working days between from and to (weekends, holidays, closures)")
    public CalendarView show(@PathParam("code") String code, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Site site = readable(code);
        LocalDate start = DateParam.required("from", from);
        LocalDate end = DateParam.required("to", to);
        DateParam.checkInterval(start, end, MAX_DAYS);
        WorkingDayCalendar calendar = calendars.calendarOf(site);
        List<NonWorkingDay> off = calendar.nonWorkingDays(start, end);
        int days = (int) (end.toEpochDay() - start.toEpochDay() + 1);
        return new CalendarView(site.code(), site.departmentCode(), start, end, days - off.size(),
                off.stream().map(DayView::of).toList());
    }

    @GET
    @Path("/deadline")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The day a delay of N working days from start runs out (start is day 0, as in 17.1)")
    public DeadlineView deadline(@PathParam("code") String code, @QueryParam("start") String start,
                                 @QueryParam("workingDays") String workingDays) {
        Site site = readable(code);
        LocalDate from = DateParam.required("start", start);
        if (workingDays == null || !workingDays.strip().matches("[0-9]{1,3}")) {
            throw new InvalidRequest("workingDays must be a number of days from 0 to 999.");
        }
        int n = Integer.parseInt(workingDays.strip());
        try {
            return new DeadlineView(from, n, calendars.calendarOf(site).addWorkingDays(from, n));
        } catch (IllegalArgumentException beyondTheCalendar) {
            throw new InvalidRequest(beyondTheCalendar.getMessage());
        }
    }

    @GET
    @Path("/closures")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The closures the site declared between from and to")
    public List<ClosureView> closures(@PathParam("code") String code, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        readable(code);
        LocalDate start = DateParam.required("from", from);
        LocalDate end = DateParam.required("to", to);
        DateParam.checkInterval(start, end, MAX_DAYS);
        return calendars.closures(start, end).stream().map(ClosureView::of).toList();
    }

    @PUT
    @Path("/closures/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Declares the site closed on a working day; its deadlines skip that day")
    public ClosureView declare(@PathParam("code") String code, @PathParam("date") String date,
                               @Valid @NotNull(message = "a JSON body is required") ClosureRequest r) {
        Site site = managed(code);
        return ClosureView.of(calendars.declare(site, DateParam.required("date", date), r.reason.strip()));
    }

    @DELETE
    @Path("/closures/{date}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Withdraws a declared closure")
    public Response withdraw(@PathParam("code") String code, @PathParam("date") String date) {
        managed(code);
        calendars.withdraw(DateParam.required("date", date));
        return Response.noContent().build();
    }

    private Site readable(String code) {
        Site site = sites.visible(code);
        tenant.enter(site.id());
        return site;
    }

    private Site managed(String code) {
        Site site = sites.visible(code);
        if (!SiteAccess.canManage(callers.required(), site)) {
            throw new ForbiddenException("Only the DMAT or the site's référent qualité declare its closures.");
        }
        tenant.enter(site.id());
        return site;
    }
}
