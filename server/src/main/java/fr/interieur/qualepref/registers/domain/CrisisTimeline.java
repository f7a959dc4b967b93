package fr.interieur.qualepref.registers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One major event's timeline (module 7). Stored as instants (timestamptz): the offsets the moments were written with
 * do not change the delays between them. Tenant-owned (ADR 0004).
 */
@Entity
@Table(name = "crisis_timeline")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CrisisTimeline implements RegisterEntry<CrisisFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String event;
    @Column(name = "cod_activated_at")
    private OffsetDateTime codActivatedAt;
    @Column(name = "communication_cell_at")
    private OffsetDateTime communicationCellAt;
    @Column(name = "elus_informed_at")
    private OffsetDateTime elusInformedAt;
    @Column(name = "first_public_message_at")
    private OffsetDateTime firstPublicMessageAt;
    @Column(name = "nu_activated_at")
    private OffsetDateTime nuActivatedAt;
    @Column(name = "cip_activated_at")
    private OffsetDateTime cipActivatedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected CrisisTimeline() {
    }

    public CrisisTimeline(CrisisFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    public final void apply(CrisisFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference().strip();
        this.event = f.event().strip();
        this.codActivatedAt = f.codActivatedAt();
        this.communicationCellAt = f.communicationCellAt();
        this.elusInformedAt = f.elusInformedAt();
        this.firstPublicMessageAt = f.firstPublicMessageAt();
        this.nuActivatedAt = f.nuActivatedAt();
        this.cipActivatedAt = f.cipActivatedAt();
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

    public CrisisFacts facts() {
        return new CrisisFacts(reference, event, codActivatedAt, communicationCellAt, elusInformedAt,
                firstPublicMessageAt, nuActivatedAt, cipActivatedAt);
    }

    public String summary() {
        return "reference=" + reference + ", cod=" + codActivatedAt + ", cell=" + communicationCellAt + ", elus="
                + elusInformedAt + ", message=" + firstPublicMessageAt + ", nu=" + nuActivatedAt + ", cip="
                + cipActivatedAt;
    }
}
