package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.api.AuditViews.AuditView;
import fr.interieur.qualepref.audits.application.AuditQueries;
import fr.interieur.qualepref.audits.application.AuditService;
import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A site's audits. A root resource of its own: JAX-RS picks one root class per request by its most literal path, so
 * {@code /sites/{code}/audits} cannot be a method of the {@code /sites} resource of another package.
 */
@Path("/sites/{code}/audits")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audits")
public class SiteAuditResource {

    @Inject
    AuditService audits;

    @Inject
    AuditQueries queries;

    @Inject
    SiteService sites;

    @Inject
    TenantContext tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Schedules an audit (and, with withInternal, its preparatory internal audit: V.2)")
    public Response schedule(@PathParam("code") String code,
                             @Valid @NotNull(message = "a JSON body is required") ScheduleRequest r) {
        Site site = sites.visible(code);
        tenant.enter(site.id());
        List<Audit> created = audits.schedule(site, new AuditService.Schedule(AuditType.parse(r.type), r.date,
                r.auditor, r.withInternal, r.internalAuditor, r.basedOn));
        return Response.status(Response.Status.CREATED).entity(created.stream().map(AuditView::of).toList()).build();
    }

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's audits, by date")
    public List<AuditView> ofSite(@PathParam("code") String code) {
        return queries.ofSite(sites.visible(code).id()).stream().map(AuditView::of).toList();
    }
}
