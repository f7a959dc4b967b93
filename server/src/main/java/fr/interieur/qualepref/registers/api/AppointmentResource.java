package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.application.AppointmentService;
import fr.interieur.qualepref.registers.domain.AppointmentEntry;
import fr.interieur.qualepref.registers.domain.AppointmentFacts;
import fr.interieur.qualepref.registers.domain.AppointmentRequester;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The appointment register of a site (37, 40): requests of élus and cadres territoriaux (37) and of users asking for an
 * authorisation (40).
 */
@Path("/sites/{code}/registers/appointments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class AppointmentResource {

    @Inject
    RegisterGate gate;

    @Inject
    AppointmentService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Appointment requests received from from to to, a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(),
                page.entries().stream().map(AppointmentView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records an appointment request; a date is proposed within 4 working days, for within the 10 "
            + "that follow (37.1, 40.1)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") AppointmentRequest r) {
        gate.recording(code);
        AppointmentEntry e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), AppointmentView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One appointment request")
    public AppointmentView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return AppointmentView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects or completes a request (proposal, appointment date, who was received and by whom, "
            + "37.2)")
    public AppointmentView update(@PathParam("code") String code, @PathParam("id") String id,
                        @NotNull(message = "a JSON body is required") AppointmentRequest r) {
        gate.recording(code);
        return AppointmentView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a request recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (reference, requester, requestedOn, proposedOn, appointmentOn, "
            + "unavailableFrom, unavailableUntil, receivedPerson, receivedBy), all or nothing; dryRun=true "
            + "only checks it; 422 with every rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One entry. */
    public record AppointmentView(long id, int version, String reference, AppointmentRequester requester,
            LocalDate requestedOn, LocalDate proposedOn, LocalDate appointmentOn, LocalDate unavailableFrom,
            LocalDate unavailableUntil, String receivedPerson, String receivedBy, String recordedBy,
                       OffsetDateTime updatedAt) {
        static AppointmentView of(AppointmentEntry e) {
            AppointmentFacts f = e.facts();
            return new AppointmentView(e.id(), e.rowVersion(), f.reference(), f.requester(), f.requestedOn(),
                    f.proposedOn(), f.appointmentOn(), f.unavailableFrom(), f.unavailableUntil(), f.receivedPerson(),
                    f.receivedBy(), e.recordedBy(),
                    e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<AppointmentView> entries) {
    }
}
