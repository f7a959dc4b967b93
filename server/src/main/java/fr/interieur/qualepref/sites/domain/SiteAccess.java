package fr.interieur.qualepref.sites.domain;

import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;

/**
 * Who may see and who may manage a site. A caller that may not see a site is told it does not exist (404), so site
 * codes cannot be probed.
 */
public final class SiteAccess {

    private SiteAccess() {
    }

    /** DMAT, the pilot of the site's region, and whoever holds a role on the site (auditors within their window). */
    public static boolean canRead(Caller caller, Site site) {
        return caller.isDmat() || caller.pilots(site.region())
                || caller.grants().stream().anyMatch(g -> g.siteId() != null && g.siteId().equals(site.id()));
    }

    /** The DMAT and the site's référent qualité manage its exclusions. */
    public static boolean canManage(Caller caller, Site site) {
        return caller.isDmat() || caller.hasRoleOnSite(Role.QUALITY_REFERENT, site.id());
    }
}
