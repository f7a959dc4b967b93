package fr.interieur.qualepref.audits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A link from a grid line to one of the site's evidence documents (the documentary system, IV.2). */
@Entity
@Table(name = "audit_line_evidence")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AuditLineEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "audit_line_id")
    private long auditLineId;
    @Column(name = "document_id")
    private long documentId;

    protected AuditLineEvidence() {
    }

    public AuditLineEvidence(long auditLineId, long documentId) {
        this.auditLineId = auditLineId;
        this.documentId = documentId;
    }

    public long auditLineId() {
        return auditLineId;
    }

    public long documentId() {
        return documentId;
    }
}
