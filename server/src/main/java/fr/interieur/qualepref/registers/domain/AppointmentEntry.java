package fr.interieur.qualepref.registers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One appointment request (37, 40). Tenant-owned (ADR 0004). */
@Entity
@Table(name = "appointment_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AppointmentEntry implements RegisterEntry<AppointmentFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private AppointmentRequester requester;
    @Column(name = "requested_on")
    private LocalDate requestedOn;
    @Column(name = "proposed_on")
    private LocalDate proposedOn;
    @Column(name = "appointment_on")
    private LocalDate appointmentOn;
    @Column(name = "unavailable_from")
    private LocalDate unavailableFrom;
    @Column(name = "unavailable_until")
    private LocalDate unavailableUntil;
    @Column(name = "received_person")
    private String receivedPerson;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected AppointmentEntry() {
    }

    public AppointmentEntry(AppointmentFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    @Override
    public final void apply(AppointmentFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference() == null || f.reference().isBlank() ? null : f.reference().strip();
        this.requester = f.requester();
        this.requestedOn = f.requestedOn();
        this.proposedOn = f.proposedOn();
        this.appointmentOn = f.appointmentOn();
        this.unavailableFrom = f.unavailableFrom();
        this.unavailableUntil = f.unavailableUntil();
        this.receivedPerson = f.receivedPerson() == null || f.receivedPerson().isBlank() ? null
                : f.receivedPerson().strip();
        this.receivedBy = f.receivedBy() == null || f.receivedBy().isBlank() ? null : f.receivedBy().strip();
        this.recordedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public int rowVersion() {
        return rowVersion;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    @Override
    public AppointmentFacts facts() {
        return new AppointmentFacts(reference, requester, requestedOn, proposedOn, appointmentOn, unavailableFrom,
                unavailableUntil, receivedPerson, receivedBy);
    }

    @Override
    public String summary() {
        return "reference=" + reference + ", requester=" + requester + ", requested=" + requestedOn + ", proposed="
                + proposedOn + ", appointment=" + appointmentOn;
    }
}
