package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.Unauthenticated;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, the method's declaration first, then the
 * class's. Unlike Jersey's RolesAllowedDynamicFeature it tells "who are you?" (401, no or no valid credentials) from
 * "not you" (403). A route that declares nothing is refused: ArchitectureTest keeps that from happening, and if it
 * did, closed is the safe side.
 */
@Provider
public class AuthorizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Rule rule = rule(resource.getResourceMethod());
        if (rule == null) {
            rule = rule(resource.getResourceClass());
        }
        if (rule == null) {
            rule = Rule.DENY;
        }
        if (rule != Rule.PERMIT) {
            context.register(new RoleCheck(rule.roles), Priorities.AUTHORIZATION);
        }
    }

    private static Rule rule(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Rule.DENY;
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return new Rule(List.of(allowed.value()));
        }
        return element.isAnnotationPresent(PermitAll.class) ? Rule.PERMIT : null;
    }

    /** The roles a route accepts; none for a denied route. */
    private record Rule(List<String> roles) {
        static final Rule DENY = new Rule(List.of());
        static final Rule PERMIT = new Rule(null);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security == null || !(security instanceof CallerSecurityContext)) {
                throw new Unauthenticated("This route requires a bearer access token (POST /api/v1/auth/token).");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new Forbidden(roles.isEmpty() ? "This route is closed."
                        : "This route requires one of the roles " + Arrays.toString(roles.toArray()) + ".");
            }
        }
    }
}
