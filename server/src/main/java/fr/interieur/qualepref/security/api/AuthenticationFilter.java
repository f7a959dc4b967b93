package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.Authentication;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where a request's caller is resolved: a bearer token is verified, the user and grants loaded, and
 * the result given to {@link CallerContext} and to JAX-RS. A token that does not verify stops the request with 401
 * before any resource runs, even on a public route: a client holding a bad token should learn it. No token means an
 * anonymous request, which {@link AuthorizationFeature} then judges.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    Authentication authentication;

    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Caller caller = authentication.authenticate(header.substring(BEARER.length()).strip());
        callers.authenticate(caller);
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    }
}
