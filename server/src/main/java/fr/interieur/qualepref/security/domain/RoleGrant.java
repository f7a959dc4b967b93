package fr.interieur.qualepref.security.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One role a user holds, and where: DMAT_ADMIN is national (no site, no region); REGIONAL_PILOT holds a region;
 * QUALITY_REFERENT and AGENT hold a site; AUDITOR holds a site for a time window (from an audit assignment).
 *
 * @param role       the role
 * @param siteId     the site, for site roles and auditors; null otherwise
 * @param region     the region code, for regional pilots; null otherwise
 * @param validFrom  start of the grant's window, or null for "since granted"
 * @param validUntil end of the grant's window, or null for "until revoked"
 */
public record RoleGrant(Role role, Long siteId, String region, OffsetDateTime validFrom, OffsetDateTime validUntil) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        switch (role) {
            case DMAT_ADMIN -> require(siteId == null && region == null, "a DMAT grant is national");
            case REGIONAL_PILOT -> require(siteId == null && region != null, "a regional pilot holds a region");
            case QUALITY_REFERENT, AGENT, AUDITOR -> require(siteId != null && region == null,
                    "a " + role + " grant holds a site");
        }
    }

    public static RoleGrant national(Role role) {
        return new RoleGrant(role, null, null, null, null);
    }

    public static RoleGrant onSite(Role role, long siteId) {
        return new RoleGrant(role, siteId, null, null, null);
    }

    public static RoleGrant onRegion(String region) {
        return new RoleGrant(Role.REGIONAL_PILOT, null, region, null, null);
    }

    /** Whether the grant is in force at {@code now}. */
    public boolean activeAt(OffsetDateTime now) {
        return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
