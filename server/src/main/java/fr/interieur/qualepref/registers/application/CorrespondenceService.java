package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import fr.interieur.qualepref.registers.domain.CorrespondenceRegister;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.security.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The correspondence register of the request's site: recording, correcting, removing and importing requests, each
 * change in the audit trail of the same transaction.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class CorrespondenceService {

    @Inject
    CorrespondenceRegister register;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CallerContext callers;

    /** A page of the register, received from {@code from} to {@code to}. */
    public Page list(LocalDate from, LocalDate to, int offset, int limit) {
        auditReadFromOutside("*");
        return new Page(register.received(from, to, offset, limit), register.countReceived(from, to));
    }

    public CorrespondenceEntry get(long id) {
        auditReadFromOutside(Long.toString(id));
        return register.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * A read by someone who holds no role on the site (the DMAT, a regional pilot, as ADR 0004 allows) goes to the
     * site's audit trail.
     */
    private void auditReadFromOutside(String what) {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, "CorrespondenceEntry", what, "READ", null, null);
        }
    }

    public CorrespondenceEntry record(CorrespondenceFacts facts) {
        refuseIfWrong(facts);
        if (register.withReference(facts.reference().strip()).isPresent()) {
            throw new Conflict("The register already holds a request with reference '" + facts.reference().strip()
                    + "'.");
        }
        CorrespondenceEntry entry = new CorrespondenceEntry(facts, login(), now());
        register.store(entry);
        audit.record(actor(), tenant.required(), "CorrespondenceEntry", entry.id().toString(), "CREATE", null,
                entry.summary());
        return entry;
    }

    /** Corrects an entry; {@code expectedVersion}, when given, must be the version the caller read (409 if not). */
    public CorrespondenceEntry correct(long id, CorrespondenceFacts facts, Integer expectedVersion) {
        refuseIfWrong(facts);
        CorrespondenceEntry entry = register.find(id).orElseThrow(() -> notFound(id));
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
        audit.record(actor(), tenant.required(), "CorrespondenceEntry", entry.id().toString(), "UPDATE", before,
                entry.summary());
        return entry;
    }

    public void remove(long id) {
        CorrespondenceEntry entry = register.find(id).orElseThrow(() -> notFound(id));
        register.remove(entry);
        audit.record(actor(), tenant.required(), "CorrespondenceEntry", Long.toString(id), "DELETE", entry.summary(),
                null);
    }

    /**
     * Imports a CSV file all or nothing: every line is checked (format, the register's rules, references unique in
     * the file and new to the register); if any line is refused, nothing is stored and the report lists every
     * refusal. A dry run checks without storing.
     */
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        var checked = RegisterImport.check(csv, CorrespondenceCsv.COLUMNS, CorrespondenceCsv.REQUIRED,
                CorrespondenceCsv::facts, CorrespondenceFacts::reference, register::existingReferences);
        boolean store = checked.rejected().isEmpty() && !dryRun && !checked.accepted().isEmpty();
        if (store) {
            String by = login();
            OffsetDateTime at = now();
            register.storeAll(checked.accepted().stream().map(f -> new CorrespondenceEntry(f, by, at)).toList());
            audit.record(actor(), tenant.required(), "CorrespondenceEntry", "*", "IMPORT", null,
                    checked.accepted().size() + " entries");
        }
        return new ImportReport(dryRun, checked.lines(), checked.accepted().size(), store, checked.rejected());
    }

    private static void refuseIfWrong(CorrespondenceFacts facts) {
        List<FieldProblem> problems = facts.problems();
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
    }

    private static NotFound notFound(long id) {
        return new NotFound("No correspondence entry " + id + " in this site's register.");
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

    /** A page of entries and the total the filter matches. */
    public record Page(List<CorrespondenceEntry> entries, long total) {
    }
}
