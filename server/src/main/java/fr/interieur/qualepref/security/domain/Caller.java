package fr.interieur.qualepref.security.domain;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The authenticated user of a request, with the grants in force at the time of the request (loaded from the database
 * for every request, so a revoked role stops working at once).
 *
 * @param userId the user's id
 * @param login  the user's login
 * @param grants the grants in force now
 */
public record Caller(long userId, String login, Set<RoleGrant> grants) {

    public Caller {
        grants = Set.copyOf(grants);
    }

    /** Keeps only the grants in force at {@code now}. */
    public Caller at(OffsetDateTime now) {
        return new Caller(userId, login, Set.copyOf(grants.stream().filter(g -> g.activeAt(now)).toList()));
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isDmat() {
        return hasRole(Role.DMAT_ADMIN);
    }

    /** Whether the caller holds {@code role} on this very site. */
    public boolean hasRoleOnSite(Role role, long siteId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.siteId() != null && g.siteId() == siteId);
    }

    /** Whether the caller pilots {@code region}. */
    public boolean pilots(String region) {
        return grants.stream().anyMatch(g -> g.role() == Role.REGIONAL_PILOT && region.equals(g.region()));
    }
}
