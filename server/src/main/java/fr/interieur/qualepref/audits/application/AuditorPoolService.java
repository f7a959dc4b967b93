package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.AuditorPool;
import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import fr.interieur.qualepref.audits.domain.Audits;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The regional pools of internal auditors (V.2: "la préfecture de région [...] mandatera un auditeur parmi son
 * vivier"). A national registry: the DMAT keeps every region's pool, a regional pilot the pool of the regions it
 * pilots. Each change goes to the national audit trail (site_id NULL).
 */
@ApplicationScoped
@Transactional
public class AuditorPoolService {

    @Inject
    AuditorPool pool;

    @Inject
    UserRepository users;

    @Inject
    Audits audits;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail trail;

    Clock clock = Clock.system(AuditService.PARIS);

    /** Who may keep a region's pool: the DMAT, and the regional pilot of that region (the regional préfecture). */
    public static boolean canManage(Caller caller, String region) {
        return caller.isDmat() || caller.pilots(region);
    }

    /**
     * The memberships the caller may see: of {@code region} if given (403 for a region the caller does not pilot),
     * else of every region for the DMAT and of the piloted regions for a pilot.
     */
    public List<AuditorPoolMember> list(String region, Boolean active, String login) {
        Caller caller = callers.required();
        if (region != null) {
            requireManager(caller, region);
        } else if (!caller.isDmat() && !caller.hasRole(Role.REGIONAL_PILOT)) {
            throw new Forbidden("The auditor pools are kept by the DMAT and the regional pilots.");
        }
        return pool.find(region, active, login == null ? null : login.strip().toLowerCase(Locale.ROOT)).stream()
                .filter(m -> canManage(caller, m.region())).toList();
    }

    /** One membership; 404 for a region the caller does not keep, as for an unknown id. */
    public AuditorPoolMember find(long id) {
        Caller caller = callers.required();
        return pool.find(id).filter(m -> canManage(caller, m.region()))
                .orElseThrow(() -> new NotFound("No auditor pool membership " + id + "."));
    }

    public AuditorPoolMember add(String login, String region, LocalDate trainedOn, String attestation) {
        Caller caller = callers.required();
        String where = region.strip();
        requireManager(caller, where);
        if (!pool.regionExists(where)) {
            throw new InvalidRequest("region '" + where + "' is the region of no site of the registry.");
        }
        LocalDate today = LocalDate.now(clock);
        if (trainedOn.isAfter(today.plusYears(1))) {
            throw new InvalidRequest("trainedOn " + trainedOn + " is more than a year ahead; register the auditor "
                    + "when the training session is planned.");
        }
        User user = users.findByLogin(login.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("No user '" + login.strip() + "'."));
        if (!user.active()) {
            throw RuleViolation.of("AUDITOR_INACTIVE", "V.2", "le compte " + user.login() + " est désactivé",
                    "the account " + user.login() + " is deactivated");
        }
        if (!pool.find(where, true, user.login()).isEmpty()) {
            throw new Conflict(user.login() + " is already in the auditor pool of " + where + ".");
        }
        AuditorPoolMember member = new AuditorPoolMember(user, where, trainedOn, attestation.strip(),
                caller.login(), OffsetDateTime.now(clock));
        pool.store(member);
        record(caller, member, "ADD", null, member.summary());
        return member;
    }

    /** Withdraws a member today, with the reason; the membership is kept, dated. */
    public AuditorPoolMember withdraw(long id, String reason) {
        Caller caller = callers.required();
        AuditorPoolMember member = find(id);
        if (!member.active()) {
            throw new Conflict(member.login() + " was already withdrawn from the pool of " + member.region() + " on "
                    + member.withdrawnOn() + ".");
        }
        String before = member.summary();
        member.withdraw(LocalDate.now(clock), reason.strip(), caller.login(), OffsetDateTime.now(clock));
        record(caller, member, "WITHDRAW", before, member.summary());
        return member;
    }

    /**
     * The open internal audits of the member's region still mandated to the member: a withdrawal does not unassign
     * them; the pilot re-assigns them (ADR 0011).
     */
    public List<Audit> stillMandated(AuditorPoolMember member) {
        return audits.openAssignedTo(member.login()).stream()
                .filter(a -> a.type() == AuditType.INTERNAL && a.site().region().equals(member.region())).toList();
    }

    private static void requireManager(Caller caller, String region) {
        if (!canManage(caller, region)) {
            throw new Forbidden("The auditor pool of a region is kept by the DMAT and that region's pilot.");
        }
    }

    private void record(Caller caller, AuditorPoolMember member, String action, String before, String after) {
        trail.record(new AuditTrail.Actor(caller.userId(), caller.login()), null, "AuditorPoolMember",
                String.valueOf(member.id()), action, before, after);
    }
}
