package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.AgentDetailsView;
import fr.interieur.qualepref.governance.api.GovernanceViews.AgentView;
import fr.interieur.qualepref.governance.api.GovernanceViews.PostView;
import fr.interieur.qualepref.governance.api.GovernanceViews.TrainingView;
import fr.interieur.qualepref.governance.application.TrainingCommand;
import fr.interieur.qualepref.governance.application.TrainingService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agents of a site with their posts and training records (IV.3; 4, 28, 45, 23.1, 33.1, 50.2). */
@Path("/sites/{code}/agents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class AgentResource {

    @Inject
    GovernanceSites sites;

    @Inject
    TrainingService training;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's agents with posts, trainings and compliance today")
    public List<AgentDetailsView> list(@PathParam("code") String code) {
        sites.read(code);
        return training.list().stream().map(AgentDetailsView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records an agent (staff, not necessarily a platform user)")
    public Response add(@PathParam("code") String code,
                        @Valid @NotNull(message = "a JSON body is required") AgentRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED).entity(AgentView.of(training.addAgent(r.name.strip(),
                r.reference == null || r.reference.isBlank() ? null : r.reference.strip()))).build();
    }

    @GET
    @Path("/{agent}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One agent with posts, trainings and compliance today")
    public AgentDetailsView show(@PathParam("code") String code, @PathParam("agent") long agent) {
        sites.read(code);
        return AgentDetailsView.of(training.details(agent));
    }

    @POST
    @Path("/{agent}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records a post with a training duty and its start date")
    public Response addPost(@PathParam("code") String code, @PathParam("agent") long agent,
                            @Valid @NotNull(message = "a JSON body is required") PostRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED)
                .entity(PostView.of(training.addPost(agent, r.category, r.startedOn, r.endedOn))).build();
    }

    @PUT
    @Path("/{agent}/posts/{post}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Ends a post")
    public PostView endPost(@PathParam("code") String code, @PathParam("agent") long agent,
                            @PathParam("post") long post,
                            @Valid @NotNull(message = "a JSON body is required") PostEndRequest r) {
        sites.write(code);
        return PostView.of(training.endPost(agent, post, r.endedOn));
    }

    @POST
    @Path("/{agent}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records a training received, with its attestation or attendance sheet, or a tutoring record")
    public Response addTraining(@PathParam("code") String code, @PathParam("agent") long agent,
                                @Valid @NotNull(message = "a JSON body is required") TrainingRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED).entity(TrainingView.of(training.addTraining(agent,
                new TrainingCommand(r.category, r.kind, r.completedOn, r.title.strip(), r.evidence,
                        r.evidenceDocumentId, r.tutor == null || r.tutor.isBlank() ? null : r.tutor.strip()))))
                .build();
    }
}
