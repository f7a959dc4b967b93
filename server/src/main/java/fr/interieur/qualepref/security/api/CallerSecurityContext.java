package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/** JAX-RS's view of the caller: a role is held when the caller holds it on any site, region or nationally. */
final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::login;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role) && caller.hasRole(r));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
