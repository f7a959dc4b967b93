package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.registers.domain.CrisisTimeline;
import fr.interieur.qualepref.registers.domain.CrisisFacts;
import fr.interieur.qualepref.registers.domain.CrisisRegister;
import fr.interieur.qualepref.security.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The crisis timelines of the request's site (module 7), audited. */
@ApplicationScoped
@Transactional
@SiteScoped
public class CrisisService {

    private static final String ENTITY = "CrisisTimeline";

    @Inject
    CrisisRegister register;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CallerContext callers;

    public Page list(OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
        auditReadFromOutside("*");
        return new Page(register.started(from, to, offset, limit), register.countStarted(from, to));
    }

    public CrisisTimeline get(long id) {
        auditReadFromOutside(Long.toString(id));
        return find(id);
    }

    public CrisisTimeline record(CrisisFacts facts) {
        refuseIfWrong(facts);
        if (register.withReference(facts.reference().strip()).isPresent()) {
            throw new Conflict("The register already holds an event with reference '" + facts.reference().strip()
                    + "'.");
        }
        CrisisTimeline entry = new CrisisTimeline(facts, login(), now());
        register.store(entry);
        audit.record(actor(), tenant.required(), ENTITY, entry.id().toString(), "CREATE", null, entry.summary());
        return entry;
    }

    public CrisisTimeline correct(long id, CrisisFacts facts, Integer expectedVersion) {
        refuseIfWrong(facts);
        CrisisTimeline entry = find(id);
        if (expectedVersion != null && expectedVersion != entry.rowVersion()) {
            throw new Conflict("Entry " + id + " changed since version " + expectedVersion + " (now "
                    + entry.rowVersion() + "); read it again.");
        }
        register.withReference(facts.reference().strip()).filter(other -> !other.id().equals(entry.id()))
                .ifPresent(other -> {
                    throw new Conflict("Entry " + other.id() + " already has reference '" + facts.reference().strip()
                            + "'.");
                });
        String before = entry.summary();
        entry.apply(facts, login(), now());
        audit.record(actor(), tenant.required(), ENTITY, entry.id().toString(), "UPDATE", before, entry.summary());
        return entry;
    }

    public void remove(long id) {
        CrisisTimeline entry = find(id);
        register.remove(entry);
        audit.record(actor(), tenant.required(), ENTITY, Long.toString(id), "DELETE", entry.summary(), null);
    }

    /** All or nothing, as for every register (see {@link RegisterImport}). */
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        var checked = RegisterImport.check(csv, CrisisCsv.COLUMNS, CrisisCsv.REQUIRED, CrisisCsv::facts,
                CrisisFacts::reference, register::existingReferences);
        boolean store = checked.rejected().isEmpty() && !dryRun && !checked.accepted().isEmpty();
        if (store) {
            String by = login();
            OffsetDateTime at = now();
            register.storeAll(checked.accepted().stream().map(f -> new CrisisTimeline(f, by, at)).toList());
            audit.record(actor(), tenant.required(), ENTITY, "*", "IMPORT", null,
                    checked.accepted().size() + " entries");
        }
        return new ImportReport(dryRun, checked.lines(), checked.accepted().size(), store, checked.rejected());
    }

    private CrisisTimeline find(long id) {
        return register.find(id).orElseThrow(() -> new NotFound("No crisis timeline " + id + " in this site's register."));
    }

    private void auditReadFromOutside(String what) {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, ENTITY, what, "READ", null, null);
        }
    }

    private static void refuseIfWrong(CrisisFacts facts) {
        List<FieldProblem> problems = facts.problems();
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
    }

    private String login() {
        return callers.required().login();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private AuditTrail.Actor actor() {
        var c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }

    public record Page(List<CrisisTimeline> entries, long total) {
    }
}
