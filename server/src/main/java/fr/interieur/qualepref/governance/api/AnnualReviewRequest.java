package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.ReviewAttendee;
import fr.interieur.qualepref.governance.domain.ReviewInput;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A bilan annuel (V.1): who attended, what was examined, minutes, staff information, comité technique. */
public class AnnualReviewRequest {

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate heldOn;

    @NotNull(message = "is required: PREFET_OR_REPRESENTATIVE, SERVICE_DIRECTORS, QUALITY_MANAGER")
    public List<ReviewAttendee> attendance;

    /** The names of those present, as the minutes list them. */
    @Size(max = 5000, message = "must have at most 5000 characters")
    public String attendees;

    @NotNull(message = "is required: INDICATORS, SATISFACTION_SURVEYS, MYSTERY_SURVEYS, COMPLAINTS, TRAINING_NEEDS, SELF_ASSESSMENT_OR_INTERNAL_AUDIT")
    public List<ReviewInput> inputs;

    public Long minutesDocumentId;

    public LocalDate staffInformedOn;

    public LocalDate technicalCommitteeOn;
}
