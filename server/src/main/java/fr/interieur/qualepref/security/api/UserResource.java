package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.api.UserViews.UserView;
import fr.interieur.qualepref.security.application.NewGrant;
import fr.interieur.qualepref.security.application.UserService;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * User administration for the DMAT. A référent qualité reaches two routes (create a user, grant AGENT on their own
 * site); {@link UserService} checks the site.
 */
@Path("/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.DMAT_ADMIN)
@Tag(name = "Users", description = "Users and their role grants")
public class UserResource {

    @Inject
    UserService users;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Creates a user (without roles)")
    public Response create(@Valid @NotNull(message = "is required") NewUserRequest body) {
        UserView created = UserView.of(users.create(body.login, body.displayName, body.email, body.password));
        return Response.created(uri.getAbsolutePathBuilder().path(created.login()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "The users, optionally those holding a role and/or on a site")
    public List<UserView> list(@QueryParam("site") String site, @QueryParam("role") String role) {
        return users.list(Optional.ofNullable(site), Optional.ofNullable(role)).stream().map(UserView::of).toList();
    }

    @GET
    @Path("/{login}")
    @Operation(summary = "One user with its grants")
    public UserView get(@PathParam("login") String login) {
        return UserView.of(users.get(login));
    }

    @POST
    @Path("/{login}/grants")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Grants a role, on a site, a region or nationally")
    public Response grant(@PathParam("login") String login,
                          @Valid @NotNull(message = "is required") NewGrantRequest body) {
        UserView user = UserView.of(users.grant(login, new NewGrant(body.role, body.site, body.region,
                body.validFrom, body.validUntil)));
        return Response.status(Response.Status.CREATED).entity(user).build();
    }

    @DELETE
    @Path("/{login}/grants/{grantId}")
    @Operation(summary = "Revokes a grant; it stops working on the next request")
    public Response revoke(@PathParam("login") String login, @PathParam("grantId") long grantId) {
        users.revokeGrant(login, grantId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{login}/deactivation")
    @Operation(summary = "Deactivates a user: no login, and its tokens stop working at once")
    public UserView deactivate(@PathParam("login") String login) {
        return UserView.of(users.deactivate(login));
    }
}
