package fr.interieur.qualepref.security.application;

import java.time.OffsetDateTime;

/**
 * A grant as a client asks for it, with the site named by its code.
 *
 * @param role       a role name
 * @param siteCode   the site, for site roles
 * @param region     the region, for regional pilots
 * @param validFrom  optional start
 * @param validUntil optional end
 */
public record NewGrant(String role, String siteCode, String region, OffsetDateTime validFrom,
                       OffsetDateTime validUntil) {
}
