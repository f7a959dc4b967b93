package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.DutyCategory;
import fr.interieur.qualepref.governance.domain.TrainingEvidence;
import fr.interieur.qualepref.governance.domain.TrainingKind;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A training an agent received, with its attestation or attendance sheet, or a tutoring record (IV.3). */
public class TrainingRequest {

    @NotNull(message = "is required")
    public DutyCategory category;

    @NotNull(message = "is required: INITIAL, CONTINUING or CIP_REFRESHER")
    public TrainingKind kind;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate completedOn;

    @NotBlank(message = "is required")
    @Size(min = 3, max = 300, message = "must have 3 to 300 characters")
    public String title;

    @NotNull(message = "is required: ATTESTATION, ATTENDANCE_SHEET or TUTORING")
    public TrainingEvidence evidence;

    public Long evidenceDocumentId;

    @Size(max = 200, message = "must have at most 200 characters")
    public String tutor;
}
