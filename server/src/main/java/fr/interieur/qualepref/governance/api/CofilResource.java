package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.CofilMeetingView;
import fr.interieur.qualepref.governance.api.GovernanceViews.CofilView;
import fr.interieur.qualepref.governance.application.CofilCommand;
import fr.interieur.qualepref.governance.application.CofilService;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The COFIL, the quality manager and the documented responsibilities (IV.1). */
@Path("/sites/{code}/cofil")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class CofilResource {

    @Inject
    GovernanceSites sites;

    @Inject
    CofilService cofil;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's COFIL with its meetings (404 when none is recorded)")
    public CofilView show(@PathParam("code") String code) {
        sites.read(code);
        return CofilView.of(cofil.cofil());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records the COFIL or replaces its description (installation, composition, quality manager, "
            + "organisation chart, function descriptions)")
    public CofilView define(@PathParam("code") String code,
                            @Valid @NotNull(message = "a JSON body is required") CofilRequest r) {
        sites.write(code);
        return CofilView.of(cofil.define(new CofilCommand(r.installedBy, r.installedOn, r.composition.strip(),
                r.compositionDocumentId, r.qualityManager == null ? null : r.qualityManager.strip(),
                r.qualityManagerMissionDocumentId, r.organisationChartDocumentId, r.functionDescriptionsDocumentId)));
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records a held COFIL meeting with its minutes")
    public Response addMeeting(@PathParam("code") String code,
                               @Valid @NotNull(message = "a JSON body is required") CofilMeetingRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED)
                .entity(CofilMeetingView.of(cofil.addMeeting(r.heldOn, r.agenda.strip(), r.minutesDocumentId)))
                .build();
    }
}
