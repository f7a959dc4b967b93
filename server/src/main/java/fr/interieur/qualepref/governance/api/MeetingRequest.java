package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.MeetingTopic;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The record of a held meeting of a comité des usagers (IV.5). */
public class MeetingRequest {

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate heldOn;

    /** Member ids of the committee who attended. */
    @NotNull(message = "is required: the member ids of the attendees")
    @Size(min = 1, max = 200, message = "lists 1 to 200 attendees")
    public List<Long> attendees;

    @NotNull(message = "is required: QUALITY_RESULTS, COMPLAINTS_AND_ACTION_PLANS, USER_SUGGESTIONS, SERVICE_IMPROVEMENTS, TEMPLATE_LETTERS")
    public List<MeetingTopic> topics;

    @Size(max = 10000, message = "must have at most 10000 characters")
    public String decisions;

    public Long minutesDocumentId;

    public LocalDate minutesSentOn;

    /** Member ids the minutes were sent to. */
    @Size(max = 200, message = "lists at most 200 recipients")
    public List<Long> minutesSentTo;

    public LocalDate publishedOn;

    @Size(max = 500, message = "must have at most 500 characters")
    public String publishedAt;
}
