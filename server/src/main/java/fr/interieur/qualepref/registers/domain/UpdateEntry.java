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

/** One change of the website or voice-server register (1.2, 8, 11, 51.2). Tenant-owned (ADR 0004). */
@Entity
@Table(name = "site_update_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class UpdateEntry implements RegisterEntry<UpdateFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private UpdateMedium medium;
    private String subject;
    @Column(name = "requested_on")
    private LocalDate requestedOn;
    @Column(name = "online_on")
    private LocalDate onlineOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected UpdateEntry() {
    }

    public UpdateEntry(UpdateFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    public final void apply(UpdateFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference().strip();
        this.medium = f.medium();
        this.subject = f.subject().strip();
        this.requestedOn = f.requestedOn();
        this.onlineOn = f.onlineOn();
        this.recordedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public int rowVersion() {
        return rowVersion;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public UpdateFacts facts() {
        return new UpdateFacts(reference, medium, subject, requestedOn, onlineOn);
    }

    public String summary() {
        return "reference=" + reference + ", medium=" + medium + ", requested=" + requestedOn + ", online="
                + onlineOn;
    }
}
