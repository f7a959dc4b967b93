package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the governance changes to the site's audit trail, in the transaction of the change, and the reads of a
 * site's records by someone who holds no role on that site (the DMAT, a regional pilot: docs/adr/0004-tenancy.md).
 */
@ApplicationScoped
public class GovernanceAudit {

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    void changed(String entity, Object id, String action, Object before, Object after) {
        audit.record(actor(), tenant.required(), entity, String.valueOf(id), action,
                before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    void read(String what) {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, what, "*", "READ", null, null);
        }
    }

    String login() {
        return callers.required().login();
    }

    private AuditTrail.Actor actor() {
        var c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }
}
