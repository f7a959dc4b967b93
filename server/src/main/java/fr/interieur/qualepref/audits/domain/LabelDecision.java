package fr.interieur.qualepref.audits.domain;

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

/** The DMAT's decision after an external audit; a grant carries its validity ({@link LabelRules}). */
@Entity
@Table(name = "label_decision")
public class LabelDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "site_id")
    private long siteId;
    @Column(name = "audit_id")
    private long auditId;
    @Enumerated(EnumType.STRING)
    private LabelDecisionKind decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    private String note;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected LabelDecision() {
    }

    public LabelDecision(long siteId, long auditId, LabelDecisionKind decision, LocalDate decidedOn,
                         LabelRules.Validity validity, String note, String decidedBy, OffsetDateTime now) {
        this.siteId = siteId;
        this.auditId = auditId;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.validFrom = validity == null ? null : validity.from();
        this.validUntil = validity == null ? null : validity.until();
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public LabelRules.Decision rule(AuditType auditType) {
        return new LabelRules.Decision(auditId, auditType, decision, decidedOn, validFrom, validUntil);
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public long auditId() {
        return auditId;
    }

    public LabelDecisionKind decision() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String note() {
        return note;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
