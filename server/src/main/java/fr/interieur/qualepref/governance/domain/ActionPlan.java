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
import java.time.OffsetDateTime;

/**
 * An action plan of a site (V.1 "les plans d'actions sont formalisés, mis en œuvre et donnent lieu à un suivi"), with
 * its source (IV.4, V.1, V.2) and an optional reference to it (an audit finding, a bilan annuel, a meeting...).
 * Tenant-owned (docs/adr/0004-tenancy.md).
 */
@Entity
@Table(name = "action_plan")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private ActionSource source;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ActionPlan() {
    }

    public ActionPlan(String title, ActionSource source, String sourceReference, String createdBy,
                      OffsetDateTime createdAt) {
        describe(title, source, sourceReference);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public final void describe(String title, ActionSource source, String sourceReference) {
        this.title = title;
        this.source = source;
        this.sourceReference = sourceReference;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ActionSource source() {
        return source;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return title + " [" + source + (sourceReference == null ? "" : " " + sourceReference) + "]";
    }
}
