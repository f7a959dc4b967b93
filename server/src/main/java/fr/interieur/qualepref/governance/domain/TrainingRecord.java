package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import java.time.LocalDate;

/**
 * A training an agent received (IV.3), proven by an attestation or an attendance sheet (a document of the
 * documentary system) or by a tutoring record naming the tutor ("un tutorat peut être mis en place").
 */
@Entity
@Table(name = "training_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agent_id")
    private long agentId;
    @Enumerated(EnumType.STRING)
    private DutyCategory category;
    @Enumerated(EnumType.STRING)
    private TrainingKind kind;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    private String title;
    @Enumerated(EnumType.STRING)
    private TrainingEvidence evidence;
    @Column(name = "evidence_document_id")
    private Long evidenceDocumentId;
    private String tutor;

    protected TrainingRecord() {
    }

    public TrainingRecord(long agentId, DutyCategory category, TrainingKind kind, LocalDate completedOn, String title,
                          TrainingEvidence evidence, Long evidenceDocumentId, String tutor) {
        this.agentId = agentId;
        this.category = category;
        this.kind = kind;
        this.completedOn = completedOn;
        this.title = title;
        this.evidence = evidence;
        this.evidenceDocumentId = evidenceDocumentId;
        this.tutor = tutor;
    }

    public TrainingCompliance.Training facts() {
        return new TrainingCompliance.Training(category, kind, completedOn);
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public DutyCategory category() {
        return category;
    }

    public TrainingKind kind() {
        return kind;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String title() {
        return title;
    }

    public TrainingEvidence evidence() {
        return evidence;
    }

    public Long evidenceDocumentId() {
        return evidenceDocumentId;
    }

    public String tutor() {
        return tutor;
    }

    @Override
    public String toString() {
        return title + " / " + category + " / " + kind + " / " + completedOn + " / " + evidence;
    }
}
