package fr.interieur.qualepref.audits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A line of an audit grid with its verdict: the site's record (tenant-owned, docs/adr/0004-tenancy.md). */
@Entity
@Table(name = "audit_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AuditLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "audit_id")
    private long auditId;
    private int position;
    @Enumerated(EnumType.STRING)
    private GridLine.Kind kind;
    private String reference;
    @Column(name = "module_number")
    private Integer moduleNumber;
    private String title;
    @Column(name = "control_methods")
    private String controlMethods;
    @Column(name = "not_applicable_why")
    private String notApplicableWhy;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private String comment;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;
    @Column(name = "action_plan_id")
    private Long actionPlanId;
    @Column(name = "action_id")
    private Long actionId;

    protected AuditLine() {
    }

    public AuditLine(long auditId, GridLine line) {
        this.auditId = auditId;
        this.position = line.position();
        this.kind = line.kind();
        this.reference = line.reference();
        this.moduleNumber = line.module();
        this.title = line.title();
        this.controlMethods = line.controlMethods();
        this.notApplicableWhy = line.notApplicableWhy();
        this.verdict = line.verdict();
    }

    public void assess(Verdict newVerdict, String newComment, String by, OffsetDateTime at) {
        this.verdict = newVerdict;
        this.comment = newComment;
        this.assessedBy = newVerdict == Verdict.NON_EVALUE ? null : by;
        this.assessedAt = newVerdict == Verdict.NON_EVALUE ? null : at;
    }

    /** The action opened in the site's action plans for this line's finding (V.2). */
    public void linkAction(long planId, long action) {
        this.actionPlanId = planId;
        this.actionId = action;
    }

    public Long actionPlanId() {
        return actionPlanId;
    }

    public Long actionId() {
        return actionId;
    }

    public Long id() {
        return id;
    }

    public long auditId() {
        return auditId;
    }

    public int position() {
        return position;
    }

    public GridLine.Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public Integer moduleNumber() {
        return moduleNumber;
    }

    public String title() {
        return title;
    }

    public String controlMethods() {
        return controlMethods;
    }

    public String notApplicableWhy() {
        return notApplicableWhy;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }
}
