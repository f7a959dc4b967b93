package fr.interieur.qualepref.sites.api;

import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.referential.domain.SiteType;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.api.SiteViews.ExclusionView;
import fr.interieur.qualepref.sites.api.SiteViews.SiteView;
import fr.interieur.qualepref.sites.application.ExclusionService;
import fr.interieur.qualepref.sites.application.SiteCommand;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteAccess;
import fr.interieur.qualepref.sites.domain.SiteRepository.SiteFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The site registry: the DMAT provisions and maintains it; everyone else sees the sites they work for (a regional
 * pilot: the sites of the region). A site the caller may not see answers 404, as if it did not exist.
 */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Sites", description = "Sites as tenants and their modules (II.2)")
public class SiteResource {

    @Inject
    SiteService sites;

    @Inject
    ExclusionService exclusions;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Provisions a site; a module selection that breaks II.2 is refused with 422")
    public Response create(@Valid @NotNull(message = "a JSON body is required") SiteRequest r) {
        Site site = sites.create(new SiteCommand(r.code, r.name.strip(), r.type, r.region.strip(), r.parent,
                r.hasCert, r.engaged == null || r.engaged, r.referentialVersion, modules(r.modules),
                ContactRequest.toContact(r.contact)));
        return Response.created(UriBuilder.fromResource(SiteResource.class).path(site.code()).build())
                .entity(SiteView.of(site)).build();
    }

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The sites the caller may see, filtered by region, type, CERT, module, active")
    public List<SiteView> list(@QueryParam("region") String region, @QueryParam("type") String type,
                               @QueryParam("cert") String cert, @QueryParam("module") String module,
                               @QueryParam("active") String active) {
        SiteFilter filter = new SiteFilter(blankToNull(region), siteType(type), bool("cert", cert),
                integer("module", module), bool("active", active));
        return sites.list(filter).stream().map(SiteView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One site, if the caller may see it")
    public SiteView show(@PathParam("code") String code) {
        return SiteView.of(sites.visible(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Updates a site; a change of CERT flag, engagement or modules is checked against II.2")
    public SiteView update(@PathParam("code") String code,
                           @Valid @NotNull(message = "a JSON body is required") SiteUpdateRequest r) {
        Site current = sites.visible(code);
        return SiteView.of(sites.update(current.code(), new SiteCommand(current.code(), r.name.strip(),
                current.type(), r.region.strip(), null, r.hasCert, r.engaged, null, modules(r.modules),
                ContactRequest.toContact(r.contact))));
    }

    @PUT
    @Path("/{code}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Replaces the module selection (II.2)")
    public SiteView setModules(@PathParam("code") String code,
                               @Valid @NotNull(message = "a JSON body is required") ModulesRequest r) {
        return SiteView.of(sites.setModules(sites.visible(code).code(), modules(r.modules)));
    }

    @POST
    @Path("/{code}/deactivation")
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Deactivates a site; its records are kept (never a hard delete)")
    public SiteView deactivate(@PathParam("code") String code) {
        return SiteView.of(sites.deactivate(sites.visible(code).code()));
    }

    @GET
    @Path("/{code}/exclusions")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The commitments the site marked not applicable, with their justification")
    public List<ExclusionView> exclusions(@PathParam("code") String code) {
        enter(sites.visible(code));
        return exclusions.list().stream().map(ExclusionView::of).toList();
    }

    @PUT
    @Path("/{code}/exclusions/{commitment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Marks a commitment not applicable for a sous-préfecture (II.2); the justification is kept")
    public ExclusionView exclude(@PathParam("code") String code, @PathParam("commitment") String commitment,
                                 @Valid @NotNull(message = "a JSON body is required") ExclusionRequest r) {
        Site site = managed(code);
        return ExclusionView.of(exclusions.exclude(site, commitmentNumber(commitment), r.justification));
    }

    @DELETE
    @Path("/{code}/exclusions/{commitment}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Applies a commitment again")
    public Response include(@PathParam("code") String code, @PathParam("commitment") String commitment) {
        managed(code);
        exclusions.include(commitmentNumber(commitment));
        return Response.noContent().build();
    }

    private Site managed(String code) {
        Site site = sites.visible(code);
        if (!SiteAccess.canManage(callers.required(), site)) {
            throw new ForbiddenException("Only the DMAT or the site's référent qualité manage its exclusions.");
        }
        enter(site);
        return site;
    }

    private void enter(Site site) {
        tenant.enter(site.id());
    }

    private static Set<Integer> modules(List<Integer> modules) {
        if (modules.contains(null)) {
            throw new InvalidRequest("modules must contain module numbers only, not null.");
        }
        return new HashSet<>(modules);
    }

    private static int commitmentNumber(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw new InvalidRequest("'" + text + "' is not a commitment number.");
        }
        return Integer.parseInt(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static SiteType siteType(String type) {
        if (blankToNull(type) == null) {
            return null;
        }
        try {
            return SiteType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("type must be PREFECTURE, SOUS_PREFECTURE or PREFECTURE_DE_POLICE, not '"
                    + type + "'.");
        }
    }

    private static Boolean bool(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequest(name + " must be true or false, not '" + value + "'.");
        };
    }

    private static Integer integer(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,3}")) {
            throw new InvalidRequest(name + " must be a number, not '" + value + "'.");
        }
        return Integer.valueOf(value.strip());
    }
}
