package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.Document;
import fr.interieur.qualepref.documents.domain.DocumentChanged;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.DocumentMetadata;
import fr.interieur.qualepref.documents.domain.DocumentVersion;
import fr.interieur.qualepref.documents.domain.Documents;
import fr.interieur.qualepref.documents.domain.UploadedFile;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The documents of the request's site (IV.2). A document row, its version and its indexing intent are written in one
 * transaction with the audit event, so the index can always catch up from the database (ADR 0007). A document above
 * the caller's confidentiality level ({@link fr.interieur.qualepref.documents.domain.Confidentiality}) is absent for
 * them: not listed, not shown, not downloadable (404).
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class DocumentService {

    @Inject
    Documents documents;

    @Inject
    EvidenceReferences references;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    Event<DocumentChanged> changed;

    /** A document with its first file, or a plain-text record (a note) without one. */
    public Document create(Site site, DocumentMetadata metadata, UploadedFile file) {
        if (file == null && metadata.note() == null) {
            throw new InvalidRequest("A document needs a file, or a note for a record without a file.");
        }
        if (!metadata.confidentiality().classifiableBy(EvidenceSearch.rolesOnSite(callers.required(),
                tenant.required()))) {
            throw new Forbidden("Only the site's référent qualité classifies a document as "
                    + metadata.confidentiality() + ": its readers are " + metadata.confidentiality().readers() + ".");
        }
        String modules = references.checkAndListModules(site.referentialVersion(), metadata.references());
        OffsetDateTime now = now();
        Document document = new Document(metadata, modules, login(), now);
        documents.store(document);
        if (file != null) {
            documents.storeVersion(new DocumentVersion(document.id(), document.nextVersion(now), file, login(), now));
            documents.store(document);
        }
        documents.queueIndexing(document.id());
        audit.record(actor(), tenant.required(), "Document", document.id().toString(), "CREATE", null,
                document.kind() + " \"" + document.title() + "\"" + (file == null ? "" : " sha256=" + file.sha256()));
        changed.fire(new DocumentChanged(tenant.required(), document.id()));
        return document;
    }

    /** A new file version; the previous ones stay readable. */
    public DocumentVersion addVersion(long documentId, UploadedFile file) {
        Document document = get(documentId);
        if (document.withdrawn()) {
            throw new Conflict("Document " + documentId + " was withdrawn on " + document.withdrawnAt().toLocalDate()
                    + "; it takes no new version.");
        }
        OffsetDateTime now = now();
        DocumentVersion version = new DocumentVersion(documentId, document.nextVersion(now), file, login(), now);
        documents.storeVersion(version);
        documents.queueIndexing(documentId);
        audit.record(actor(), tenant.required(), "Document", Long.toString(documentId), "NEW_VERSION",
                null, "v" + version.version() + " sha256=" + file.sha256());
        changed.fire(new DocumentChanged(tenant.required(), documentId));
        return version;
    }

    /**
     * Withdraws a document: never destroyed (IV.2, the rules for managing records), it leaves the search (an index
     * intent in the same transaction), the default lists and the review reminders, stays readable and downloadable
     * for audits, and the withdrawal goes to the audit trail.
     */
    public Document withdraw(long documentId, String reason) {
        Document document = get(documentId);
        try {
            document.withdraw(login(), reason, now());
        } catch (IllegalStateException e) {
            throw new Conflict("Document " + documentId + " is " + e.getMessage() + ".");
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("The withdrawal of document " + documentId + " needs a reason (1 to 2,000 "
                    + "characters).");
        }
        documents.store(document);
        documents.queueIndexing(documentId);
        audit.record(actor(), tenant.required(), "Document", Long.toString(documentId), "WITHDRAW", null,
                document.withdrawalReason());
        changed.fire(new DocumentChanged(tenant.required(), documentId));
        return document;
    }

    /** A document the caller reads; one above the caller's confidentiality level is as absent as a missing one. */
    public Document get(long documentId) {
        return documents.find(documentId).filter(this::readable)
                .orElseThrow(() -> new NotFound("No document " + documentId + "."));
    }

    private boolean readable(Document d) {
        return EvidenceSearch.reads(callers.required(), tenant.required(), d.confidentiality());
    }

    public List<DocumentVersion> versions(long documentId) {
        get(documentId);
        return documents.versions(documentId);
    }

    /** A version for download; the download is written to the audit trail (who took which exhibit). */
    public DocumentVersion download(long documentId, int version) {
        get(documentId);
        DocumentVersion v = documents.version(documentId, version).orElseThrow(() -> new NotFound(
                "Document " + documentId + " has no version " + version + "."));
        audit.record(actor(), tenant.required(), "Document", Long.toString(documentId), "DOWNLOAD", null,
                "v" + version + " sha256=" + v.sha256());
        return v;
    }

    /**
     * The list of records and documents (IV.2), optionally of one kind or proving one reference; withdrawn ones only
     * when asked.
     */
    public List<Document> list(DocumentKind kind, String reference, boolean withWithdrawn) {
        return documents.all().stream().filter(this::readable).filter(d -> withWithdrawn || !d.withdrawn())
                .filter(d -> kind == null || d.kind() == kind)
                .filter(d -> reference == null || d.references().stream()
                        .anyMatch(r -> r.equals(reference) || r.startsWith(reference + ".")))
                .toList();
    }

    /** Documents whose review date has passed or falls within {@code days} days, soonest first. */
    public List<Document> reviewDue(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return documents.all().stream().filter(this::readable).filter(d -> d.reviewDue(today, days))
                .sorted(java.util.Comparator.comparing(Document::reviewDate)).toList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private String login() {
        return callers.required().login();
    }

    private AuditTrail.Actor actor() {
        var c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }
}
