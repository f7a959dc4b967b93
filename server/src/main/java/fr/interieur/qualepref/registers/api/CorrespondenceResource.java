package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.api.CorrespondenceViews.EntryView;
import fr.interieur.qualepref.registers.api.CorrespondenceViews.PageView;
import fr.interieur.qualepref.registers.application.CorrespondenceService;
import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The correspondence register of a site (3, 17, 18, 36, 51): kept by its référent qualité and agents, read by whoever
 * may see the site.
 */
@Path("/sites/{code}/registers/correspondence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class CorrespondenceResource {

    @Inject
    RegisterGate gate;

    @Inject
    CorrespondenceService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Requests received from from to to (by receipt date), a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(EntryView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records a request; its dates must be in order (17.1/17.2 completeness, 17.3)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") CorrespondenceRequest r) {
        gate.recording(code);
        CorrespondenceEntry e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), EntryView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One request of the register")
    public EntryView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return EntryView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects or completes a request (acknowledgement, redirection, replies...)")
    public EntryView update(@PathParam("code") String code, @PathParam("id") String id,
                            @NotNull(message = "a JSON body is required") CorrespondenceRequest r) {
        gate.recording(code);
        return EntryView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a request recorded by mistake (the audit trail keeps what it said)")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (UTF-8, header line), all or nothing; dryRun=true only checks it. "
            + "A refused file answers 422 with every rejected line, column and reason, and stores nothing.")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }
}
