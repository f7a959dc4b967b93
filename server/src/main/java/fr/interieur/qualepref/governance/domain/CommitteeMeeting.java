package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting of a comité des usagers (IV.5): when, who attended (members of the committee), the topics covered, the
 * decisions and suggestions collected, the minutes (a document), to whom and when they were sent, where and when
 * they were published on the website.
 */
@Entity
@Table(name = "committee_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CommitteeMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "committee_id")
    private long committeeId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "attendee_ids")
    private String attendeeIds;
    private String topics;
    private String decisions;
    @Column(name = "minutes_document_id")
    private Long minutesDocumentId;
    @Column(name = "minutes_sent_on")
    private LocalDate minutesSentOn;
    @Column(name = "minutes_sent_to")
    private String minutesSentTo;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "published_at")
    private String publishedAt;

    protected CommitteeMeeting() {
    }

    public CommitteeMeeting(long committeeId) {
        this.committeeId = committeeId;
    }

    /** Records the meeting as held; the caller checked it against {@link MeetingRecordRules}. */
    public void record(LocalDate heldOn, Set<Long> attendees, Set<MeetingTopic> topics, String decisions,
                       Long minutesDocumentId, LocalDate minutesSentOn, Set<Long> minutesSentTo,
                       LocalDate publishedOn, String publishedAt) {
        this.heldOn = heldOn;
        this.attendeeIds = TextSets.ofIds(attendees);
        this.topics = TextSets.ofEnums(topics);
        this.decisions = decisions;
        this.minutesDocumentId = minutesDocumentId;
        this.minutesSentOn = minutesSentOn;
        this.minutesSentTo = TextSets.ofIds(minutesSentTo);
        this.publishedOn = publishedOn;
        this.publishedAt = publishedAt;
    }

    public MeetingFacts facts() {
        return new MeetingFacts(id, heldOn, attendees(), topics(), minutesDocumentId, minutesSentOn, minutesSentTo(),
                publishedOn);
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Set<Long> attendees() {
        return TextSets.ids(attendeeIds);
    }

    public Set<MeetingTopic> topics() {
        return TextSets.enums(topics, MeetingTopic.class);
    }

    public String decisions() {
        return decisions;
    }

    public Long minutesDocumentId() {
        return minutesDocumentId;
    }

    public LocalDate minutesSentOn() {
        return minutesSentOn;
    }

    public Set<Long> minutesSentTo() {
        return TextSets.ids(minutesSentTo);
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String publishedAt() {
        return publishedAt;
    }

    @Override
    public String toString() {
        return heldOn + " attendees " + attendeeIds + " topics " + topics + " minutes " + minutesDocumentId
                + " sent " + minutesSentOn + " to " + minutesSentTo + " published " + publishedOn;
    }
}
