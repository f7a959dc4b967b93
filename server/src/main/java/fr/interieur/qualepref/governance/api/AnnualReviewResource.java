package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.ReviewView;
import fr.interieur.qualepref.governance.application.CofilService;
import fr.interieur.qualepref.governance.application.ReviewCommand;
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
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bilans annuels (V.1). The improvement plans a bilan decides are action plans with source ANNUAL_REVIEW and the
 * bilan's id as source reference.
 */
@Path("/sites/{code}/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class AnnualReviewResource {

    @Inject
    GovernanceSites sites;

    @Inject
    CofilService reviews;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's bilans annuels")
    public List<ReviewView> list(@PathParam("code") String code) {
        sites.read(code);
        return reviews.reviews().stream().map(ReviewView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records a held bilan annuel")
    public Response record(@PathParam("code") String code,
                           @Valid @NotNull(message = "a JSON body is required") AnnualReviewRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED).entity(ReviewView.of(reviews.recordReview(command(r))))
                .build();
    }

    @PUT
    @Path("/{review}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Completes a bilan annuel (minutes, staff information, comité technique)")
    public ReviewView update(@PathParam("code") String code, @PathParam("review") long review,
                             @Valid @NotNull(message = "a JSON body is required") AnnualReviewRequest r) {
        sites.write(code);
        return ReviewView.of(reviews.updateReview(review, command(r)));
    }

    private static ReviewCommand command(AnnualReviewRequest r) {
        return new ReviewCommand(r.heldOn, new HashSet<>(GovernanceSites.noNulls("attendance", r.attendance)),
                r.attendees, new HashSet<>(GovernanceSites.noNulls("inputs", r.inputs)), r.minutesDocumentId,
                r.staffInformedOn, r.technicalCommitteeOn);
    }
}
