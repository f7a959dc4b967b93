package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.ActionSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An action plan: what it is about and where it comes from (IV.4, V.1). */
public class ActionPlanRequest {

    @NotBlank(message = "is required")
    @Size(min = 3, max = 300, message = "must have 3 to 300 characters")
    public String title;

    @NotNull(message = "is required: AUDIT_FINDING, ANNUAL_REVIEW, COMPLAINT_ANALYSIS, INDICATOR_DEGRADATION, COMMITTEE_SUGGESTION or STAFF_FEEDBACK")
    public ActionSource source;

    /** What the plan answers: an audit finding, the id of a bilan annuel, a complaint analysis... */
    @Size(max = 200, message = "must have at most 200 characters")
    public String sourceReference;
}
