package fr.interieur.qualepref.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A document of a site's documentary system (IV.2): its metadata, and the number of its current file version (0 for a
 * plain-text record without a file). Tenant-owned (ADR 0004).
 */
@Entity
@Table(name = "document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String title;
    @Column(name = "evidence_refs")
    private String evidenceRefs;
    private String modules;
    @Column(name = "document_date")
    private LocalDate documentDate;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "review_date")
    private LocalDate reviewDate;
    private String owner;
    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;
    private String note;
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected Document() {
    }

    public Document(DocumentMetadata m, String modules, String createdBy, OffsetDateTime now) {
        this.kind = m.kind();
        this.title = m.title();
        this.evidenceRefs = EvidenceReference.join(m.references());
        this.modules = modules;
        this.documentDate = m.documentDate();
        this.periodStart = m.periodStart();
        this.periodEnd = m.periodEnd();
        this.reviewDate = m.reviewDate();
        this.owner = m.owner();
        this.confidentiality = m.confidentiality();
        this.note = m.note();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new file version becomes the current one; the previous versions stay readable. */
    public int nextVersion(OffsetDateTime now) {
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    /**
     * Withdraws the document: it is kept (IV.2: records are never destroyed), leaves the search and the default
     * lists, and says who withdrew it, when and why.
     *
     * @throws IllegalStateException when it is already withdrawn
     */
    public void withdraw(String by, String reason, OffsetDateTime now) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("already withdrawn on " + withdrawnAt.toLocalDate());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            throw new IllegalArgumentException("a withdrawal needs a reason (1 to 2,000 characters)");
        }
        this.withdrawnAt = now;
        this.withdrawnBy = by;
        this.withdrawalReason = reason.strip();
        this.updatedAt = now;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    /** Review reminder (IV.2: documents are "mis à jour selon des dispositions définies par écrit"). */
    public boolean reviewDue(LocalDate today, int withinDays) {
        return withdrawnAt == null && reviewDate != null && !reviewDate.isAfter(today.plusDays(withinDays));
    }

    public Long id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<String> references() {
        return evidenceRefs == null || evidenceRefs.isBlank() ? List.of() : Arrays.asList(evidenceRefs.split(" "));
    }

    public List<Integer> modules() {
        return modules == null || modules.isBlank() ? List.of()
                : Arrays.stream(modules.split(" ")).map(Integer::valueOf).toList();
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public String owner() {
        return owner;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public String note() {
        return note;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
