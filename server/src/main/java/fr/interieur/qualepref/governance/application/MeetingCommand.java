package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.MeetingTopic;
import java.time.LocalDate;
import java.util.Set;

/** The record of a comité des usagers meeting, as the API received it. */
public record MeetingCommand(LocalDate heldOn, Set<Long> attendees, Set<MeetingTopic> topics, String decisions,
                             Long minutesDocumentId, LocalDate minutesSentOn, Set<Long> minutesSentTo,
                             LocalDate publishedOn, String publishedAt) {

    public MeetingCommand {
        attendees = Set.copyOf(attendees);
        topics = Set.copyOf(topics);
        minutesSentTo = minutesSentTo == null ? Set.of() : Set.copyOf(minutesSentTo);
    }
}
