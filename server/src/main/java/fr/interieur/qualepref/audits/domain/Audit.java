package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An audit in the DMAT's national schedule (docs/adr/0011): its site, type, date, status and auditor. Its grid is the
 * site's record ({@link AuditLine}).
 */
@Entity
@Table(name = "audit")
public class Audit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    // The schedule of the network reads its sites in IN queries, not one query per site.
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;
    @Enumerated(EnumType.STRING)
    private AuditType type;
    @Enumerated(EnumType.STRING)
    private AuditStatus status;
    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;
    @Column(name = "auditor_login")
    private String auditorLogin;
    @Column(name = "auditor_grant_id")
    private Long auditorGrantId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "referential_version_id")
    private ReferentialVersion referentialVersion;
    @Column(name = "based_on_audit_id")
    private Long basedOnAuditId;
    @Column(name = "report_on")
    private LocalDate reportOn;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "cancelled_reason")
    private String cancelledReason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private int version;

    protected Audit() {
    }

    public Audit(Site site, AuditType type, LocalDate date, Long basedOnAuditId, String createdBy,
                 OffsetDateTime now) {
        this.site = site;
        this.type = type;
        this.status = AuditStatus.SCHEDULED;
        this.scheduledOn = date;
        this.referentialVersion = site.referentialVersion();
        this.basedOnAuditId = basedOnAuditId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public PlannedAudit planned() {
        return new PlannedAudit(id == null ? 0 : id, type, status, scheduledOn);
    }

    public void moveTo(LocalDate date) {
        this.scheduledOn = date;
    }

    public void cancel(String reason) {
        this.status = AuditStatus.CANCELLED;
        this.cancelledReason = reason;
    }

    public void assign(String login, Long grantId) {
        this.auditorLogin = login;
        this.auditorGrantId = grantId;
    }

    /** The first verdict starts the audit. */
    public void started() {
        if (status == AuditStatus.SCHEDULED) {
            status = AuditStatus.IN_PROGRESS;
        }
    }

    public void close(LocalDate reportDay, OffsetDateTime now) {
        this.status = AuditStatus.CLOSED;
        this.reportOn = reportDay;
        this.closedAt = now;
    }

    public Long id() {
        return id;
    }

    public Site site() {
        return site;
    }

    public AuditType type() {
        return type;
    }

    public AuditStatus status() {
        return status;
    }

    public LocalDate scheduledOn() {
        return scheduledOn;
    }

    public String auditorLogin() {
        return auditorLogin;
    }

    public Long auditorGrantId() {
        return auditorGrantId;
    }

    public ReferentialVersion referentialVersion() {
        return referentialVersion;
    }

    public Long basedOnAuditId() {
        return basedOnAuditId;
    }

    public LocalDate reportOn() {
        return reportOn;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String cancelledReason() {
        return cancelledReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String summary() {
        return type.slug() + " " + scheduledOn + " " + status + (auditorLogin == null ? "" : " auditor=" + auditorLogin);
    }
}
