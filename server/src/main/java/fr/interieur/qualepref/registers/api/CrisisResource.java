package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.calendar.domain.DepartmentZone;
import fr.interieur.qualepref.registers.application.CrisisService;
import fr.interieur.qualepref.registers.domain.CrisisTimeline;
import fr.interieur.qualepref.registers.domain.CrisisFacts;
import fr.interieur.qualepref.sites.domain.Site;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The crisis timelines of a site (module 7: 47, 48, 50; 11.5, 19.3), moments with their time zone. */
@Path("/sites/{code}/registers/crises")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class CrisisResource {

    @Inject
    RegisterGate gate;

    @Inject
    CrisisService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Timelines whose time 0 falls from from to to (dates, in the site's legal time), a page at a "
            + "time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        Site site = gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        ZoneId zone = DepartmentZone.of(site.departmentCode());
        var page = register.list(w.from().atStartOfDay(zone).toOffsetDateTime(),
                // BETWEEN is inclusive: up to the last microsecond (PostgreSQL's precision) of the last day.
                w.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime().minusNanos(1000), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(CrisisView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records a major event's timeline; time 0 is the COD's activation (module 7)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") CrisisRequest r) {
        gate.recording(code);
        CrisisTimeline e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), CrisisView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One timeline")
    public CrisisView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return CrisisView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects or completes a timeline")
    public CrisisView update(@PathParam("code") String code, @PathParam("id") String id,
                             @NotNull(message = "a JSON body is required") CrisisRequest r) {
        gate.recording(code);
        return CrisisView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a timeline recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (reference, event, codActivatedAt and the other moments, ISO with offset), all or nothing; "
            + "dryRun=true only checks it; 422 with every rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One change. */
    public record CrisisView(long id, int version, String reference, String event, OffsetDateTime codActivatedAt,
                             OffsetDateTime communicationCellAt, OffsetDateTime elusInformedAt,
                             OffsetDateTime firstPublicMessageAt, OffsetDateTime nuActivatedAt,
                             OffsetDateTime cipActivatedAt, String recordedBy, OffsetDateTime updatedAt) {
        static CrisisView of(CrisisTimeline e) {
            CrisisFacts f = e.facts();
            return new CrisisView(e.id(), e.rowVersion(), f.reference(), f.event(), f.codActivatedAt(),
                    f.communicationCellAt(), f.elusInformedAt(), f.firstPublicMessageAt(), f.nuActivatedAt(),
                    f.cipActivatedAt(), e.recordedBy(), e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<CrisisView> entries) {
    }
}
