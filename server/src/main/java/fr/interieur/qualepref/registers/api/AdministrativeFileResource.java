package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.application.AdministrativeFileService;
import fr.interieur.qualepref.registers.domain.AdministrativeFile;
import fr.interieur.qualepref.registers.domain.AdministrativeFileFacts;
import fr.interieur.qualepref.registers.domain.FileChannel;
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

/** The polices administratives files of a site (38, 39, 52): incompleteness contacts and processing delays. */
@Path("/sites/{code}/registers/administrative-files")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class AdministrativeFileResource {

    @Inject
    RegisterGate gate;

    @Inject
    AdministrativeFileService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Files received from from to to, a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(FileView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records a file; an incomplete one is followed by a contact within 10 working days (38.2, 39.2, "
            + "52.4)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") AdministrativeFileRequest r) {
        gate.recording(code);
        AdministrativeFile e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), FileView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One file")
    public FileView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return FileView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects or completes a file (contact, decision)")
    public FileView update(@PathParam("code") String code, @PathParam("id") String id,
                        @NotNull(message = "a JSON body is required") AdministrativeFileRequest r) {
        gate.recording(code);
        return FileView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a file recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (reference, procedure, channel, receivedOn, incomplete, contactedOn, "
            + "announcedDelayDays, decidedOn), all or nothing; dryRun=true only checks it; 422 with every "
            + "rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One entry. */
    public record FileView(long id, int version, String reference, String procedure, FileChannel channel,
            LocalDate receivedOn, Boolean incomplete, LocalDate contactedOn, Integer announcedDelayDays,
            LocalDate decidedOn, String recordedBy,
                       OffsetDateTime updatedAt) {
        static FileView of(AdministrativeFile e) {
            AdministrativeFileFacts f = e.facts();
            return new FileView(e.id(), e.rowVersion(), f.reference(), f.procedure(), f.channel(), f.receivedOn(),
                    f.incomplete(), f.contactedOn(), f.announcedDelayDays(), f.decidedOn(), e.recordedBy(),
                    e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<FileView> entries) {
    }
}
