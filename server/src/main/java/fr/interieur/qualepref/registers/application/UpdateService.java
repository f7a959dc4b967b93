package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.registers.domain.UpdateEntry;
import fr.interieur.qualepref.registers.domain.UpdateFacts;
import fr.interieur.qualepref.registers.domain.UpdateRegister;
import fr.interieur.qualepref.security.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The website and voice-server update register of the request's site (1.2, 8, 11, 51.2), audited. */
@ApplicationScoped
@Transactional
@SiteScoped
public class UpdateService {

    private static final String ENTITY = "UpdateEntry";

    @Inject
    UpdateRegister register;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CallerContext callers;

    public Page list(LocalDate from, LocalDate to, int offset, int limit) {
        auditReadFromOutside("*");
        return new Page(register.requested(from, to, offset, limit), register.countRequested(from, to));
    }

    public UpdateEntry get(long id) {
        auditReadFromOutside(Long.toString(id));
        return find(id);
    }

    public UpdateEntry record(UpdateFacts facts) {
        refuseIfWrong(facts);
        if (register.withReference(facts.reference().strip()).isPresent()) {
            throw new Conflict("The register already holds a change with reference '" + facts.reference().strip()
                    + "'.");
        }
        UpdateEntry entry = new UpdateEntry(facts, login(), now());
        register.store(entry);
        audit.record(actor(), tenant.required(), ENTITY, entry.id().toString(), "CREATE", null, entry.summary());
        return entry;
    }

    public UpdateEntry correct(long id, UpdateFacts facts, Integer expectedVersion) {
        refuseIfWrong(facts);
        UpdateEntry entry = find(id);
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
        UpdateEntry entry = find(id);
        register.remove(entry);
        audit.record(actor(), tenant.required(), ENTITY, Long.toString(id), "DELETE", entry.summary(), null);
    }

    /** All or nothing, as for every register (see {@link RegisterImport}). */
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        var checked = RegisterImport.check(csv, UpdateCsv.COLUMNS, UpdateCsv.REQUIRED, UpdateCsv::facts,
                UpdateFacts::reference, register::existingReferences);
        boolean store = checked.rejected().isEmpty() && !dryRun && !checked.accepted().isEmpty();
        if (store) {
            String by = login();
            OffsetDateTime at = now();
            register.storeAll(checked.accepted().stream().map(f -> new UpdateEntry(f, by, at)).toList());
            audit.record(actor(), tenant.required(), ENTITY, "*", "IMPORT", null,
                    checked.accepted().size() + " entries");
        }
        return new ImportReport(dryRun, checked.lines(), checked.accepted().size(), store, checked.rejected());
    }

    private UpdateEntry find(long id) {
        return register.find(id).orElseThrow(() -> new NotFound("No update " + id + " in this site's register."));
    }

    private void auditReadFromOutside(String what) {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, ENTITY, what, "READ", null, null);
        }
    }

    private static void refuseIfWrong(UpdateFacts facts) {
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

    public record Page(List<UpdateEntry> entries, long total) {
    }
}
