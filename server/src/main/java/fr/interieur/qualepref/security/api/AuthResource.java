package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.LoginService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login, refresh and logout. Open routes by nature: they are how a caller gets credentials. */
@Path("/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "Authentication", description = "Bearer tokens: login, refresh, revocation")
public class AuthResource {

    @Inject
    LoginService logins;

    @POST
    @Operation(summary = "Logs in with a login and a password; answers an access token and a refresh token")
    public Response login(@Valid @NotNull(message = "is required") LoginRequest body) {
        return tokens(new TokenView(logins.login(body.login, body.password)));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchanges a refresh token for a new pair; the refresh token used is spent")
    public Response refresh(@Valid @NotNull(message = "is required") RefreshTokenRequest body) {
        return tokens(new TokenView(logins.refresh(body.refreshToken)));
    }

    @POST
    @Path("/revocation")
    @Operation(summary = "Revokes a refresh token and every token rotated from the same login (logout)")
    public Response revoke(@Valid @NotNull(message = "is required") RefreshTokenRequest body) {
        logins.revoke(body.refreshToken);
        return Response.noContent().build();
    }

    /** RFC 6749 §5.1: token responses must not be cached. */
    private static Response tokens(TokenView view) {
        return Response.ok(view).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
