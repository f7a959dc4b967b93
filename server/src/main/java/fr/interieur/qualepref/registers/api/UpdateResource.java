package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.application.UpdateService;
import fr.interieur.qualepref.registers.domain.UpdateEntry;
import fr.interieur.qualepref.registers.domain.UpdateFacts;
import fr.interieur.qualepref.registers.domain.UpdateMedium;
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

/** The website and voice-server update register of a site (1.2, 8, 11, 51.2). */
@Path("/sites/{code}/registers/updates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class UpdateResource {

    @Inject
    RegisterGate gate;

    @Inject
    UpdateService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Changes requested from from to to, a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(UpdateView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records a change to publish (day 0: the person in charge was told, 1.2)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") UpdateRequest r) {
        gate.recording(code);
        UpdateEntry e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), UpdateView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One change of the register")
    public UpdateView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return UpdateView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects a change, e.g. records the day it went online")
    public UpdateView update(@PathParam("code") String code, @PathParam("id") String id,
                             @NotNull(message = "a JSON body is required") UpdateRequest r) {
        gate.recording(code);
        return UpdateView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a change recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (reference, medium, subject, requestedOn, onlineOn), all or nothing; "
            + "dryRun=true only checks it; 422 with every rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One change. */
    public record UpdateView(long id, int version, String reference, UpdateMedium medium, String subject,
                             LocalDate requestedOn, LocalDate onlineOn, String recordedBy, OffsetDateTime updatedAt) {
        static UpdateView of(UpdateEntry e) {
            UpdateFacts f = e.facts();
            return new UpdateView(e.id(), e.rowVersion(), f.reference(), f.medium(), f.subject(), f.requestedOn(),
                    f.onlineOn(), e.recordedBy(), e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<UpdateView> entries) {
    }
}
