package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditStatus;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.AuditorAccessWindow;
import fr.interieur.qualepref.audits.domain.AuditorPool;
import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import fr.interieur.qualepref.audits.domain.Audits;
import fr.interieur.qualepref.audits.domain.InternalAuditorRule;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelDecisionKind;
import fr.interieur.qualepref.audits.domain.LabelRules;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
import fr.interieur.qualepref.audits.domain.SchedulingRules;
import fr.interieur.qualepref.audits.domain.Verdict;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.security.application.AuditorAccess;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scheduling, assessing, closing and deciding on audits (chapter V), in the audited site's binding: the caller's right
 * to see the site was checked at the HTTP boundary, which entered its tenancy; this class checks what the caller may
 * do there. Every change goes to the site's audit trail.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class AuditService {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Audits audits;

    @Inject
    GridService grids;

    @Inject
    AuditorAccess auditorAccess;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail trail;

    @Inject
    AuditQueries queries;

    @Inject
    FindingActions findings;

    @Inject
    EvidenceDocuments documents;

    @Inject
    AuditorPool pool;

    @Inject
    UserRepository users;

    Clock clock = Clock.system(PARIS);

    /** What to schedule: one audit, and optionally its preparatory internal audit in the same transaction. */
    public record Schedule(AuditType type, LocalDate date, String auditor, LocalDate withInternal,
                           String internalAuditor, Long basedOn) {
    }

    public List<Audit> schedule(Site requested, Schedule s) {
        Site site = audits.lockSite(requested.id());
        Caller caller = callers.required();
        requireScheduler(caller, site, s.type());
        if (named(s.auditor())) {
            requireMandator(caller, site, s.type());
        }
        if (s.withInternal() != null) {
            if (!s.type().external()) {
                throw new InvalidRequest("withInternal goes with an external audit only.");
            }
            requireScheduler(caller, site, AuditType.INTERNAL);
            if (named(s.internalAuditor())) {
                requireMandator(caller, site, AuditType.INTERNAL);
            }
        } else if (named(s.internalAuditor())) {
            throw new InvalidRequest("internalAuditor goes with withInternal only.");
        }
        Optional<Audit> previous = Optional.empty();
        if (s.basedOn() != null) {
            previous = audits.find(s.basedOn()).filter(a -> a.site().id().equals(requested.id()));
            if (previous.isEmpty()) {
                throw new InvalidRequest("basedOn must be an audit of the same site; " + s.basedOn() + " is not.");
            }
        }
        List<Audit> existing = audits.ofSite(site.id());
        List<PlannedAudit> added = new ArrayList<>();
        added.add(new PlannedAudit(-1, s.type(), AuditStatus.SCHEDULED, s.date()));
        if (s.withInternal() != null) {
            added.add(new PlannedAudit(-2, AuditType.INTERNAL, AuditStatus.SCHEDULED, s.withInternal()));
        }
        SchedulingRules.checkNew(site.engaged(), site.modules().size(), today(),
                existing.stream().map(Audit::planned).toList(), added);

        List<Audit> created = new ArrayList<>();
        if (s.withInternal() != null) {
            created.add(create(site, AuditType.INTERNAL, s.withInternal(), s.internalAuditor(), previous));
        }
        created.add(0, create(site, s.type(), s.date(), s.auditor(), previous));
        return created;
    }

    private Audit create(Site site, AuditType type, LocalDate date, String auditor, Optional<Audit> previous) {
        Audit audit = new Audit(site, type, date, previous.map(Audit::id).orElse(null), callers.required().login(),
                now());
        audits.store(audit);
        grids.generate(audit, previous.map(Audit::id));
        if (named(auditor)) {
            openAccess(audit, auditor);
        }
        record(audit, "SCHEDULE", null, audit.summary());
        return audit;
    }

    public Audit reschedule(long id, LocalDate date) {
        Audit audit = locked(id);
        requireScheduler(callers.required(), audit.site(), audit.type());
        List<Audit> existing = audits.ofSite(audit.site().id());
        SchedulingRules.checkMove(audit.planned(), date, today(), existing.stream().map(Audit::planned).toList());
        if (audit.type() == AuditType.INTERNAL && audit.auditorLogin() != null) {
            requireInternalAuditor(audit.site(), audit.auditorLogin(), date);
        }
        String before = audit.summary();
        audit.moveTo(date);
        if (audit.auditorGrantId() != null) {
            AuditorAccessWindow.Window w = AuditorAccessWindow.of(date, null);
            auditorAccess.move(audit.auditorGrantId(), audit.auditorLogin(), audit.site().id(), w.from(), w.until());
        }
        record(audit, "RESCHEDULE", before, audit.summary());
        return audit;
    }

    public Audit cancel(long id, String reason) {
        Audit audit = locked(id);
        requireScheduler(callers.required(), audit.site(), audit.type());
        List<Audit> existing = audits.ofSite(audit.site().id());
        SchedulingRules.checkCancel(audit.planned(), existing.stream().map(Audit::planned).toList());
        String before = audit.summary();
        audit.cancel(reason.strip());
        if (audit.auditorGrantId() != null) {
            auditorAccess.close(audit.auditorGrantId(), audit.auditorLogin(), audit.site().id());
            audit.assign(audit.auditorLogin(), null);
        }
        record(audit, "CANCEL", before, audit.summary() + " reason=" + reason.strip());
        return audit;
    }

    /** Assigns (or replaces) the auditor: the new one gets the access window, the previous one loses it. */
    public Audit assignAuditor(long id, String login) {
        Audit audit = locked(id);
        requireMandator(callers.required(), audit.site(), audit.type());
        if (!audit.status().open()) {
            throw RuleViolation.of("AUDIT_NOT_OPEN", "V", "l'audit n'est plus ouvert", "the audit is no longer open");
        }
        String before = audit.summary();
        if (audit.auditorGrantId() != null) {
            auditorAccess.close(audit.auditorGrantId(), audit.auditorLogin(), audit.site().id());
        }
        openAccess(audit, login);
        record(audit, "ASSIGN", before, audit.summary());
        return audit;
    }

    private void openAccess(Audit audit, String login) {
        if (audit.type() == AuditType.INTERNAL) {
            requireInternalAuditor(audit.site(), login, audit.scheduledOn());
        }
        AuditorAccessWindow.Window w = AuditorAccessWindow.of(audit.scheduledOn(), null);
        long grant = auditorAccess.open(login, audit.site().id(), w.from(), w.until());
        audit.assign(login.strip().toLowerCase(java.util.Locale.ROOT), grant);
    }

    /** Sets the verdict, comment and evidence of a line; the first verdict starts the audit. */
    public AuditLine assess(long id, long lineId, Verdict verdict, String comment, List<Long> evidence) {
        Audit audit = locked(id);
        requireAssessor(callers.required(), audit);
        if (!audit.status().open()) {
            throw RuleViolation.of("AUDIT_NOT_OPEN", "V", "un audit clos ou annulé ne se modifie plus",
                    "a closed or cancelled audit cannot be changed");
        }
        AuditLine line = grids.line(audit.id(), lineId)
                .orElseThrow(() -> new NotFound("Audit " + audit.id() + " has no line " + lineId + "."));
        if (evidence != null) {
            evidence.forEach(documents::requireExists);
        }
        String before = line.reference() + " " + line.verdict();
        line.assess(verdict, comment == null || comment.isBlank() ? null : comment.strip(), callers.required().login(),
                now());
        if (evidence != null) {
            grids.replaceEvidence(line.id(), evidence);
        }
        findings.open(audit, line, today());
        audit.started();
        record(audit, "ASSESS", before, line.reference() + " " + verdict);
        return line;
    }

    /** Closes the audit with its report: every line assessed; the auditor's access ends {@code AFTER} the report. */
    public Audit close(long id) {
        Audit audit = locked(id);
        requireAssessor(callers.required(), audit);
        if (!audit.status().open()) {
            throw RuleViolation.of("AUDIT_NOT_OPEN", "V", "l'audit est déjà clos ou annulé",
                    "the audit is already closed or cancelled");
        }
        List<String> pending = grids.lines(audit.id()).stream().filter(l -> !l.verdict().assessed())
                .map(AuditLine::reference).toList();
        if (!pending.isEmpty()) {
            String some = String.join(", ", pending.subList(0, Math.min(10, pending.size())))
                    + (pending.size() > 10 ? "…" : "");
            throw RuleViolation.of("GRID_NOT_ASSESSED", "V.2", pending.size() + " ligne(s) non évaluée(s) : " + some,
                    pending.size() + " line(s) not assessed: " + some);
        }
        String before = audit.summary();
        LocalDate today = today();
        audit.close(today, now());
        if (audit.auditorGrantId() != null) {
            AuditorAccessWindow.Window w = AuditorAccessWindow.of(audit.scheduledOn(), today);
            auditorAccess.move(audit.auditorGrantId(), audit.auditorLogin(), audit.site().id(), w.from(), w.until());
        }
        record(audit, "CLOSE", before, audit.summary());
        return audit;
    }

    /** The DMAT's decision after a closed external audit; a grant runs three years (LabelRules). */
    public LabelDecision decide(long id, LabelDecisionKind kind, LocalDate decidedOn, String note) {
        Audit audit = locked(id);
        Caller caller = callers.required();
        if (!caller.isDmat()) {
            throw new Forbidden("Label decisions are the DMAT's.");
        }
        if (!audit.type().external()) {
            throw RuleViolation.of("DECISION_AFTER_EXTERNAL_AUDIT", "V", "le label se décide après un audit externe "
                    + "par l'organisme certificateur", "a label is decided after an external audit only");
        }
        if (audit.status() != AuditStatus.CLOSED) {
            throw RuleViolation.of("DECISION_AFTER_REPORT", "V", "l'audit doit être clos (rapport rendu) avant la "
                    + "décision", "the audit must be closed (report written) before the decision");
        }
        if (audits.decisionOf(audit.id()).isPresent()) {
            throw new Conflict("Audit " + audit.id() + " already has a decision.");
        }
        if (decidedOn.isAfter(today()) || decidedOn.isBefore(audit.reportOn())) {
            throw new InvalidRequest("decidedOn must be between the audit's report (" + audit.reportOn()
                    + ") and today (" + today() + ").");
        }
        long siteId = audit.site().id();
        LabelRules.Validity validity = null;
        if (kind == LabelDecisionKind.GRANTED) {
            validity = LabelRules.grant(decidedOn, audit.type(), LabelRules.inForce(queries.decisions(siteId), decidedOn));
        }
        LabelDecision decision = new LabelDecision(siteId, audit.id(), kind, decidedOn, validity,
                note == null || note.isBlank() ? null : note.strip(), caller.login(), now());
        audits.store(decision);
        record(audit, "LABEL_" + kind, null, kind + " on " + decidedOn
                + (validity == null ? "" : " valid " + validity.from() + "…" + validity.until()));
        return decision;
    }

    /**
     * The audit, read in this transaction (the resource's copy is detached) with its site row locked: one change of a
     * site's schedule at a time, so that two requests cannot both pass the V.2 check.
     */
    private Audit locked(long id) {
        Audit audit = audits.find(id).orElseThrow(() -> new NotFound("No audit " + id + "."));
        audits.lockSite(audit.site().id());
        return audit;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** DMAT: every audit; the site's référent qualité: its self-assessments and internal audits (V.2). */
    static boolean canSchedule(Caller caller, Site site, AuditType type) {
        return caller.isDmat() || type.preparatory() && caller.hasRoleOnSite(Role.QUALITY_REFERENT, site.id());
    }

    /**
     * Who names an audit's auditor. INTERNAL: the regional préfecture mandates one from its pool (V.2) — the pilot of
     * the site's region, or the DMAT; the site's référent qualité requests the audit but does not choose its auditor.
     * External: the DMAT (the certification body's auditor). SELF_ASSESSMENT takes no auditor: the site assesses
     * itself (422, whoever asks).
     */
    static boolean canMandate(Caller caller, String siteRegion, AuditType type) {
        return caller.isDmat() || type == AuditType.INTERNAL && caller.pilots(siteRegion);
    }

    private static void requireMandator(Caller caller, Site site, AuditType type) {
        if (!InternalAuditorRule.takesAnAuditor(type)) {
            throw RuleViolation.of("SELF_ASSESSMENT_TAKES_NO_AUDITOR", "V.2",
                    "une auto-évaluation est conduite par le site lui-même, sans auditeur",
                    "a self-assessment is made by the site itself, without auditor");
        }
        if (!canMandate(caller, site.region(), type)) {
            throw new Forbidden(type == AuditType.INTERNAL
                    ? "The auditor of an internal audit is mandated by the regional préfecture (V.2): the pilot of "
                    + "the site's region, or the DMAT."
                    : "Only the DMAT names the auditor of an external audit.");
        }
    }

    /** V.2: an active, trained member of the pool of the site's region, independent of the site on {@code day}. */
    private void requireInternalAuditor(Site site, String login, LocalDate day) {
        User user = users.findByLogin(login.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFound("No user '" + login.strip() + "'."));
        InternalAuditorRule.AuditedSite audited = new InternalAuditorRule.AuditedSite(site.id(), site.code(),
                site.parent() == null ? site.id() : site.parent().id(), site.region());
        InternalAuditorRule.require(user.login(), audited, day,
                pool.ofUser(user.id()).stream().map(AuditorPoolMember::membership).toList(),
                pool.staffGrantsOf(user.id()));
    }

    private static boolean named(String login) {
        return login != null && !login.isBlank();
    }

    private static void requireScheduler(Caller caller, Site site, AuditType type) {
        if (!canSchedule(caller, site, type)) {
            throw new Forbidden("Only the DMAT schedules " + type.slug() + " audits"
                    + (type.preparatory() ? "; the site's référent qualité may too." : "."));
        }
    }

    /**
     * The DMAT; the auditor assigned to the audit while the access window is open; for a self-assessment, the site's
     * référent qualité.
     */
    static boolean canAssess(Caller caller, Audit audit) {
        long site = audit.site().id();
        return caller.isDmat()
                || audit.auditorLogin() != null && audit.auditorLogin().equals(caller.login())
                && caller.hasRoleOnSite(Role.AUDITOR, site)
                || audit.type() == AuditType.SELF_ASSESSMENT && caller.hasRoleOnSite(Role.QUALITY_REFERENT, site);
    }

    private static void requireAssessor(Caller caller, Audit audit) {
        if (!canAssess(caller, audit)) {
            throw new Forbidden("Only the assigned auditor (or the DMAT; the référent qualité for a "
                    + "self-assessment) assesses this audit.");
        }
    }

    private void record(Audit audit, String action, String before, String after) {
        Caller c = callers.required();
        trail.record(new AuditTrail.Actor(c.userId(), c.login()), audit.site().id(), "Audit",
                String.valueOf(audit.id()), action, before, after);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
