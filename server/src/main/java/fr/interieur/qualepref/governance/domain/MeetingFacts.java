package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.Set;

/** A committee meeting as the yearly checks see it. */
public record MeetingFacts(Long meetingId, LocalDate heldOn, Set<Long> attendees, Set<MeetingTopic> topics,
                           Long minutesDocumentId, LocalDate minutesSentOn, Set<Long> minutesSentTo,
                           LocalDate publishedOn) {

    public MeetingFacts {
        attendees = Set.copyOf(attendees);
        topics = Set.copyOf(topics);
        minutesSentTo = Set.copyOf(minutesSentTo);
    }
}
