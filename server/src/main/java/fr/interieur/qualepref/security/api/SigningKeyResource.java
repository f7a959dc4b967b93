package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.KeyRotation;
import fr.interieur.qualepref.security.application.SigningKeys;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key rotation, for the DMAT: routine, or at once when a key may have leaked. */
@Path("/admin/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.DMAT_ADMIN)
@Tag(name = "Authentication")
public class SigningKeyResource {

    @Inject
    SigningKeys keys;

    @Inject
    KeyRotation rotation;

    /** @param activeKid the kid that signs from now on */
    public record RotationView(String activeKid) {
    }

    @POST
    @Path("/rotation")
    @Operation(summary = "Creates a new signing key and retires the current one; tokens it signed stay valid "
            + "until they expire")
    public RotationView rotate() {
        return new RotationView(rotation.rotate());
    }
}
