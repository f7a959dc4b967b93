package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.RoleGrant;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The AUDITOR grant that an audit assignment opens on the audited site: a window that follows the audit (moved with
 * it, shortened when its report is written, removed when it is cancelled). The audits capability decides the window;
 * this class keeps the grant, and records each change in the site's audit trail, where the site sees it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditorAccess {

    @Inject
    UserRepository users;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    TenantBinding tenancy;

    /** @return the id of the new grant */
    public long open(String login, long siteId, OffsetDateTime from, OffsetDateTime until) {
        User user = users.findByLogin(login.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("No user '" + login + "'."));
        if (!user.active()) {
            throw RuleViolation.of("AUDITOR_INACTIVE", "V", "le compte de l'auditeur " + user.login()
                    + " est désactivé", "the auditor's account " + user.login() + " is deactivated");
        }
        Grant grant = new Grant(user.id(), new RoleGrant(Role.AUDITOR, siteId, null, from, until),
                callers.required().login(), OffsetDateTime.now());
        users.store(grant);
        record(siteId, user.login(), "GRANT", null, "AUDITOR from=" + from + " until=" + until);
        return grant.id();
    }

    public void move(long grantId, String login, long siteId, OffsetDateTime from, OffsetDateTime until) {
        users.findByLogin(login).flatMap(u -> users.grant(u.id(), grantId)).ifPresent(g -> {
            RoleGrant before = g.toRoleGrant();
            g.rewindow(from, until);
            record(siteId, login, "REWINDOW", "AUDITOR from=" + before.validFrom() + " until=" + before.validUntil(),
                    "AUDITOR from=" + from + " until=" + until);
        });
    }

    public void close(long grantId, String login, long siteId) {
        users.findByLogin(login).flatMap(u -> users.grant(u.id(), grantId)).ifPresent(g -> {
            users.remove(g);
            record(siteId, login, "REVOKE", "AUDITOR", null);
        });
    }

    private void record(long siteId, String login, String action, String before, String after) {
        tenancy.bind(siteId);
        Caller c = callers.required();
        audit.record(new AuditTrail.Actor(c.userId(), c.login()), siteId, "User", login, action, before, after);
    }
}
