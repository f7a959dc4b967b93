package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.ActionView;
import fr.interieur.qualepref.governance.api.GovernanceViews.OverdueView;
import fr.interieur.qualepref.governance.api.GovernanceViews.PlanView;
import fr.interieur.qualepref.governance.application.ActionPlanService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Action plans and their actions (V.1, V.2, IV.4): the référent qualité and the DMAT write, the site's people read. */
@Path("/sites/{code}/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class ActionPlanResource {

    @Inject
    GovernanceSites sites;

    @Inject
    ActionPlanService plans;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's action plans with their actions")
    public List<PlanView> list(@PathParam("code") String code) {
        sites.read(code);
        return plans.list().stream().map(PlanView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Creates an action plan with its source (IV.4, V.1)")
    public Response create(@PathParam("code") String code,
                           @Valid @NotNull(message = "a JSON body is required") ActionPlanRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED)
                .entity(PlanView.of(plans.create(r.title.strip(), r.source, r.sourceReference))).build();
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Actions not done whose due date has passed on 'on' (today by default), earliest first")
    public List<OverdueView> overdue(@PathParam("code") String code, @QueryParam("on") String on) {
        sites.read(code);
        return plans.overdue(GovernanceSites.date("on", on)).stream().map(OverdueView::of).toList();
    }

    @GET
    @Path("/{plan}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One action plan with its actions")
    public PlanView show(@PathParam("code") String code, @PathParam("plan") long plan) {
        sites.read(code);
        return PlanView.of(plans.details(plan));
    }

    @PUT
    @Path("/{plan}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Changes the title or source of an action plan")
    public PlanView update(@PathParam("code") String code, @PathParam("plan") long plan,
                           @Valid @NotNull(message = "a JSON body is required") ActionPlanRequest r) {
        sites.write(code);
        return PlanView.of(plans.describe(plan, r.title.strip(), r.source, r.sourceReference));
    }

    @POST
    @Path("/{plan}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Adds an action: owner, due date, status")
    public Response addAction(@PathParam("code") String code, @PathParam("plan") long plan,
                              @Valid @NotNull(message = "a JSON body is required") ActionRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED).entity(ActionView.of(plans.addAction(plan, r.title.strip(),
                r.owner.strip(), r.dueOn, r.status))).build();
    }

    @PUT
    @Path("/{plan}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Revises an open action (DONE only through its closure)")
    public ActionView revise(@PathParam("code") String code, @PathParam("plan") long plan,
                             @PathParam("action") long action,
                             @Valid @NotNull(message = "a JSON body is required") ActionRequest r) {
        sites.write(code);
        return ActionView.of(plans.revise(plan, action, r.title.strip(), r.owner.strip(), r.dueOn, r.status));
    }

    @POST
    @Path("/{plan}/actions/{action}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Closes an action on its completion evidence (V.1); refused without it")
    public ActionView close(@PathParam("code") String code, @PathParam("plan") long plan,
                            @PathParam("action") long action,
                            @Valid @NotNull(message = "a JSON body is required") ClosureRequest r) {
        sites.write(code);
        return ActionView.of(plans.close(plan, action, r.evidenceDocumentId, r.note, r.completedOn));
    }
}
