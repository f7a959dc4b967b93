package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.registers.domain.RegisterChanged;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import fr.interieur.qualepref.registers.domain.RegisterEntry;
import fr.interieur.qualepref.registers.domain.RegisterFacts;
import fr.interieur.qualepref.security.application.CallerContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What keeping any register of the request's site means, whatever its entries: recording, correcting (optimistic
 * version), removing, importing a CSV file all or nothing, and reading — each change, and each read by someone without
 * a role on the site (the DMAT, a regional pilot: ADR 0004), in the site's audit trail, in the same transaction.
 * A register adds only its entity, its facts, its CSV format and the field it is listed by. A register whose entries
 * are measured against delays also names itself ({@link #measured()}): each change is then announced
 * ({@link RegisterChanged}), in the transaction, with the months it touched.
 *
 * @param <E> the stored entry
 * @param <F> its facts
 * @param <K> what the register is listed by
 */
@Transactional
@SiteScoped
public abstract class RegisterKeeper<E extends RegisterEntry<F>, F extends RegisterFacts, K> {

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CallerContext callers;

    @Inject
    Event<RegisterChanged> changed;

    /** The register of the site bound to the transaction. */
    protected abstract RegisterEntries<E, K> entries();

    /** A new entry with these (checked) facts. */
    protected abstract E newEntry(F facts, String by, OffsetDateTime at);

    /** The register's import file. */
    protected abstract CsvFormat<F> csv();

    /** The entity's name in the audit trail. */
    protected abstract String entity();

    /** What an entry is called in messages ("request", "change"...). */
    protected abstract String noun();

    /**
     * What the register refuses beyond the facts' own rules, when that needs more than the facts (e.g. the
     * référentiel's indicators); nothing by default.
     */
    protected List<FieldProblem> check(F facts) {
        return List.of();
    }

    /** The event register these entries are measured in, for a register that feeds delay indicators. */
    protected Optional<Register> measured() {
        return Optional.empty();
    }

    /** The day an entry belongs to its period by (receipt, request); asked only of a {@link #measured()} register. */
    protected LocalDate datedBy(F facts) {
        throw new UnsupportedOperationException(entity() + " is not measured");
    }

    /** A page of the register, listed from {@code from} to {@code to}. */
    public Page<E> list(K from, K to, int offset, int limit) {
        auditReadFromOutside("*");
        return new Page<>(entries().between(from, to, offset, limit), entries().countBetween(from, to));
    }

    public E get(long id) {
        auditReadFromOutside(Long.toString(id));
        return find(id);
    }

    public E record(F facts) {
        refuseIfWrong(facts);
        if (entries().withReference(facts.reference().strip()).isPresent()) {
            throw new Conflict("The register already holds a " + noun() + " with reference '"
                    + facts.reference().strip() + "'.");
        }
        E entry = newEntry(facts, login(), now());
        entries().store(entry);
        audit.record(actor(), tenant.required(), entity(), entry.id().toString(), "CREATE", null, entry.summary());
        announce(List.of(facts));
        return entry;
    }

    /** Corrects an entry; {@code expectedVersion}, when given, must be the version the caller read (409 if not). */
    public E correct(long id, F facts, Integer expectedVersion) {
        refuseIfWrong(facts);
        E entry = find(id);
        if (expectedVersion != null && expectedVersion != entry.rowVersion()) {
            throw new Conflict("Entry " + id + " changed since version " + expectedVersion + " (now "
                    + entry.rowVersion() + "); read it again.");
        }
        entries().withReference(facts.reference().strip()).filter(other -> !other.id().equals(entry.id()))
                .ifPresent(other -> {
                    throw new Conflict("Entry " + other.id() + " already has reference '" + facts.reference().strip()
                            + "'.");
                });
        String before = entry.summary();
        F old = entry.facts();
        entry.apply(facts, login(), now());
        audit.record(actor(), tenant.required(), entity(), entry.id().toString(), "UPDATE", before, entry.summary());
        announce(List.of(old, facts));
        return entry;
    }

    public void remove(long id) {
        E entry = find(id);
        F old = entry.facts();
        entries().remove(entry);
        audit.record(actor(), tenant.required(), entity(), Long.toString(id), "DELETE", entry.summary(), null);
        announce(List.of(old));
    }

    /**
     * Imports a CSV file all or nothing: every line is checked (format, the register's rules, references unique in
     * the file and new to the register); if any line is refused, nothing is stored and the report lists every
     * refusal. A dry run checks without storing.
     */
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        CsvFormat<F> format = csv();
        var checked = RegisterImport.check(csv, format.columns(), format.required(), (line, rejections) -> {
            F f = format.parser().apply(line, rejections);
            if (f == null) {
                return null;
            }
            List<FieldProblem> more = check(f);
            more.forEach(p -> rejections.add(new ImportReport.Rejection(line.number(), p.field(), p.reason())));
            return more.isEmpty() ? f : null;
        },
                RegisterFacts::reference, entries()::existingReferences);
        boolean store = checked.rejected().isEmpty() && !dryRun && !checked.accepted().isEmpty();
        if (store) {
            String by = login();
            OffsetDateTime at = now();
            entries().storeAll(checked.accepted().stream().map(f -> newEntry(f, by, at)).toList());
            audit.record(actor(), tenant.required(), entity(), "*", "IMPORT", null,
                    checked.accepted().size() + " entries");
            announce(checked.accepted());
        }
        return new ImportReport(dryRun, checked.lines(), checked.accepted().size(), store, checked.rejected());
    }

    /** Tells what is derived from a measured register (the indicators' tallies) which of its months changed. */
    private void announce(Collection<F> touched) {
        measured().ifPresent(register -> {
            Set<LocalDate> months = touched.stream().map(f -> datedBy(f).withDayOfMonth(1))
                    .collect(Collectors.toSet());
            changed.fire(new RegisterChanged(register, months));
        });
    }

    private E find(long id) {
        return entries().find(id).orElseThrow(() -> new NotFound("No " + noun() + " " + id
                + " in this site's register."));
    }

    private void auditReadFromOutside(String what) {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, entity(), what, "READ", null, null);
        }
    }

    private void refuseIfWrong(F facts) {
        List<FieldProblem> problems = facts.problems();
        if (problems.isEmpty()) {
            problems = check(facts);
        }
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

    /** A page of entries and the total the filter matches. */
    public record Page<E>(List<E> entries, long total) {
    }
}
