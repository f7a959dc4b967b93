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

/** One polices administratives file (38, 39, 52). Tenant-owned (ADR 0004). */
@Entity
@Table(name = "administrative_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AdministrativeFile implements RegisterEntry<AdministrativeFileFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String procedure;
    @Enumerated(EnumType.STRING)
    private FileChannel channel;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private Boolean incomplete;
    @Column(name = "contacted_on")
    private LocalDate contactedOn;
    @Column(name = "announced_delay_days")
    private Integer announcedDelayDays;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected AdministrativeFile() {
    }

    public AdministrativeFile(AdministrativeFileFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    @Override
    public final void apply(AdministrativeFileFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference() == null || f.reference().isBlank() ? null : f.reference().strip();
        this.procedure = f.procedure() == null || f.procedure().isBlank() ? null : f.procedure().strip();
        this.channel = f.channel();
        this.receivedOn = f.receivedOn();
        this.incomplete = f.incomplete();
        this.contactedOn = f.contactedOn();
        this.announcedDelayDays = f.announcedDelayDays();
        this.decidedOn = f.decidedOn();
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
    public AdministrativeFileFacts facts() {
        return new AdministrativeFileFacts(reference, procedure, channel, receivedOn, incomplete, contactedOn,
                announcedDelayDays, decidedOn);
    }

    @Override
    public String summary() {
        return "reference=" + reference + ", procedure=" + procedure + ", received=" + receivedOn + ", incomplete="
                + incomplete + ", contacted=" + contactedOn + ", decided=" + decidedOn;
    }
}
