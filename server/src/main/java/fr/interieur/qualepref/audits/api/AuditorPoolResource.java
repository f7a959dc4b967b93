package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.application.AuditorPoolService;
import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regional pools of internal auditors (V.2). The region travels in the query or the body, never in the path: region
 * names hold spaces, apostrophes and accents ("Provence-Alpes-Côte d'Azur").
 */
@Path("/auditor-pool")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audits")
public class AuditorPoolResource {

    @Inject
    AuditorPoolService pool;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The members of the regional auditor pools the caller keeps; status active (default), "
            + "withdrawn or all")
    public List<PoolMemberView> list(@QueryParam("region") String region, @QueryParam("status") String status,
                                     @QueryParam("login") String login) {
        Boolean active = activeFilter(status);
        return pool.list(region == null || region.isBlank() ? null : region.strip(), active,
                login == null || login.isBlank() ? null : login).stream().map(PoolMemberView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "One membership of a regional auditor pool")
    public PoolMemberView show(@PathParam("id") String id) {
        return PoolMemberView.of(pool.find(number(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Adds a trained user to a region's auditor pool (the DMAT, or the region's pilot)")
    public Response add(@Valid @NotNull(message = "a JSON body is required") PoolMemberRequest r) {
        PoolMemberView added = PoolMemberView.of(pool.add(r.login, r.region, r.trainedOn, r.attestation));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Withdraws a member from the pool today, with the reason; the membership is kept. The answer "
            + "lists in stillMandated the open internal audits of the region still mandated to the member")
    @Transactional
    public PoolMemberView withdraw(@PathParam("id") String id,
                                   @Valid @NotNull(message = "a JSON body is required") WithdrawalRequest r) {
        AuditorPoolMember member = pool.withdraw(number(id), r.reason);
        return PoolMemberView.of(member, pool.stillMandated(member).stream().map(Audit::id).toList());
    }

    private static Boolean activeFilter(String status) {
        String s = status == null || status.isBlank() ? "active" : status.strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "active":
                return Boolean.TRUE;
            case "withdrawn":
                return Boolean.FALSE;
            case "all":
                return null;
            default:
                throw new InvalidRequest("status must be active, withdrawn or all, not '" + status + "'.");
        }
    }

    private static long number(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw new InvalidRequest("id must be a positive number, not '" + text + "'.");
        }
        return Long.parseLong(text);
    }
}
