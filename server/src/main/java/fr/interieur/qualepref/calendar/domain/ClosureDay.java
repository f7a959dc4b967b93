package fr.interieur.qualepref.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A working day on which the site declared itself closed (an exceptional closure, a local custom such as 21 July in
 * Guadeloupe and Martinique): it stops the deadlines of that site like a public holiday. Tenant-owned (ADR 0004).
 */
@Entity
@Table(name = "site_closure_day")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class ClosureDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate day;
    private String reason;
    @Column(name = "declared_by")
    private String declaredBy;
    @Column(name = "declared_at")
    private OffsetDateTime declaredAt;

    protected ClosureDay() {
    }

    public ClosureDay(LocalDate day, String reason, String declaredBy, OffsetDateTime declaredAt) {
        this.day = day;
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public void redeclare(String newReason, String by, OffsetDateTime at) {
        this.reason = newReason;
        this.declaredBy = by;
        this.declaredAt = at;
    }
}
