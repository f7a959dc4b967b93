package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.CheckView;
import fr.interieur.qualepref.governance.api.GovernanceViews.CommitteeView;
import fr.interieur.qualepref.governance.api.GovernanceViews.MeetingView;
import fr.interieur.qualepref.governance.api.GovernanceViews.MemberView;
import fr.interieur.qualepref.governance.application.MeetingCommand;
import fr.interieur.qualepref.governance.application.UsersCommitteeService;
import fr.interieur.qualepref.sites.domain.Site;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The comité des usagers (IV.5): committees, members, meetings, and the yearly checks with their reasons. */
@Path("/sites/{code}/users-committees")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class UsersCommitteeResource {

    @Inject
    GovernanceSites sites;

    @Inject
    UsersCommitteeService committees;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's comités des usagers with their members and meetings")
    public List<CommitteeView> list(@PathParam("code") String code) {
        sites.read(code);
        return committees.list().stream().map(CommitteeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Creates the global committee, or the committee of one of the site's modules")
    public Response create(@PathParam("code") String code,
                           @Valid @NotNull(message = "a JSON body is required") CommitteeRequest r) {
        Site site = sites.write(code);
        return Response.status(Response.Status.CREATED)
                .entity(CommitteeView.of(committees.create(site, r.name.strip(), r.module))).build();
    }

    @GET
    @Path("/checks")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The yearly checks of IV.5 for 'year' (this year by default), each with its reasons")
    public List<CheckView> checks(@PathParam("code") String code, @QueryParam("year") String year) {
        sites.read(code);
        return committees.checks(GovernanceSites.year(year)).stream().map(CheckView::of).toList();
    }

    @GET
    @Path("/{committee}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One committee with its members and meetings")
    public CommitteeView show(@PathParam("code") String code, @PathParam("committee") long committee) {
        sites.read(code);
        return CommitteeView.of(committees.details(committee));
    }

    @POST
    @Path("/{committee}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Adds a member: stakeholder category, organisation, membership period")
    public Response addMember(@PathParam("code") String code, @PathParam("committee") long committee,
                              @Valid @NotNull(message = "a JSON body is required") MemberRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED).entity(MemberView.of(committees.addMember(committee,
                r.name.strip(), r.category, r.organisation.strip(), r.memberFrom, r.memberUntil))).build();
    }

    @PUT
    @Path("/{committee}/members/{member}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Changes a member, e.g. ends the membership")
    public MemberView updateMember(@PathParam("code") String code, @PathParam("committee") long committee,
                                   @PathParam("member") long member,
                                   @Valid @NotNull(message = "a JSON body is required") MemberRequest r) {
        sites.write(code);
        return MemberView.of(committees.updateMember(committee, member, r.name.strip(), r.category,
                r.organisation.strip(), r.memberFrom, r.memberUntil));
    }

    @POST
    @Path("/{committee}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Records a held meeting: attendees (members), topics, decisions, minutes, diffusion, publication")
    public Response recordMeeting(@PathParam("code") String code, @PathParam("committee") long committee,
                                  @Valid @NotNull(message = "a JSON body is required") MeetingRequest r) {
        sites.write(code);
        return Response.status(Response.Status.CREATED)
                .entity(MeetingView.of(committees.recordMeeting(committee, command(r)))).build();
    }

    @PUT
    @Path("/{committee}/meetings/{meeting}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Completes or corrects a meeting record (minutes sent, published...)")
    public MeetingView updateMeeting(@PathParam("code") String code, @PathParam("committee") long committee,
                                     @PathParam("meeting") long meeting,
                                     @Valid @NotNull(message = "a JSON body is required") MeetingRequest r) {
        sites.write(code);
        return MeetingView.of(committees.updateMeeting(committee, meeting, command(r)));
    }

    private static MeetingCommand command(MeetingRequest r) {
        return new MeetingCommand(r.heldOn, set(GovernanceSites.noNulls("attendees", r.attendees)),
                set(GovernanceSites.noNulls("topics", r.topics)), r.decisions, r.minutesDocumentId, r.minutesSentOn,
                set(GovernanceSites.noNulls("minutesSentTo", r.minutesSentTo)), r.publishedOn,
                r.publishedAt == null ? null : r.publishedAt.strip());
    }

    private static <T> Set<T> set(java.util.Collection<T> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
