package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/**
 * The HTTP boundary of the registers and indicators: resolves the site of the path (404 when the caller may not see
 * it), checks what the caller may do there, and enters the site for the rest of the request (ADR 0004).
 */
@RequestScoped
public class RegisterGate {

    @Inject
    SiteService sites;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    /** A site the caller may read: its staff, its region's pilot, the DMAT, its auditors. */
    public Site readable(String code) {
        Site site = sites.visible(code);
        tenant.enter(site.id());
        return site;
    }

    /** A site whose registers the caller keeps: its référent qualité and its agents. */
    public Site recording(String code) {
        Site site = sites.visible(code);
        if (!mayRecord(callers.required(), site)) {
            throw new ForbiddenException("Only the site's référent qualité and agents keep its registers.");
        }
        tenant.enter(site.id());
        return site;
    }

    static boolean mayRecord(Caller caller, Site site) {
        return caller.hasRoleOnSite(Role.QUALITY_REFERENT, site.id()) || caller.hasRoleOnSite(Role.AGENT, site.id());
    }
}
