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

/**
 * One request in the site's correspondence register (commitments 3, 17, 18, 36, 51): the events its deadlines are
 * measured from. Tenant-owned (ADR 0004). Built only from {@link CorrespondenceFacts} that break no rule.
 */
@Entity
@Table(name = "correspondence_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CorrespondenceEntry implements RegisterEntry<CorrespondenceFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private CorrespondenceChannel channel;
    @Enumerated(EnumType.STRING)
    private CorrespondenceKind kind;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "missing_requested_on")
    private LocalDate missingRequestedOn;
    @Column(name = "missing_received_on")
    private LocalDate missingReceivedOn;
    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;
    @Column(name = "redirected_on")
    private LocalDate redirectedOn;
    @Column(name = "redirected_to")
    private String redirectedTo;
    @Column(name = "holding_reply_on")
    private LocalDate holdingReplyOn;
    @Column(name = "replied_on")
    private LocalDate repliedOn;
    @Column(name = "reply_channel")
    @Enumerated(EnumType.STRING)
    private CorrespondenceChannel replyChannel;
    @Column(name = "announced_delay_days")
    private Integer announcedDelayDays;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected CorrespondenceEntry() {
    }

    public CorrespondenceEntry(CorrespondenceFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    /** Replaces what the register knows of the request; the facts were checked by the caller. */
    public final void apply(CorrespondenceFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference().strip();
        this.channel = f.channel();
        this.kind = f.kind();
        this.receivedOn = f.receivedOn();
        this.missingRequestedOn = f.missingRequestedOn();
        this.missingReceivedOn = f.missingReceivedOn();
        this.acknowledgedOn = f.acknowledgedOn();
        this.redirectedOn = f.redirectedOn();
        this.redirectedTo = f.redirectedTo() == null || f.redirectedTo().isBlank() ? null : f.redirectedTo().strip();
        this.holdingReplyOn = f.holdingReplyOn();
        this.repliedOn = f.repliedOn();
        this.replyChannel = f.replyChannel();
        this.announcedDelayDays = f.announcedDelayDays();
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

    public CorrespondenceFacts facts() {
        return new CorrespondenceFacts(reference, channel, kind, receivedOn, missingRequestedOn, missingReceivedOn,
                acknowledgedOn, redirectedOn, redirectedTo, holdingReplyOn, repliedOn, replyChannel,
                announcedDelayDays);
    }

    /** A one-line summary for the audit trail. */
    public String summary() {
        CorrespondenceFacts f = facts();
        return "reference=" + f.reference() + ", channel=" + f.channel() + ", kind=" + f.kind() + ", received="
                + f.receivedOn() + ", missing=" + f.missingRequestedOn() + "/" + f.missingReceivedOn()
                + ", acknowledged=" + f.acknowledgedOn() + ", redirected=" + f.redirectedOn() + ", holding="
                + f.holdingReplyOn() + ", replied=" + f.repliedOn();
    }
}
