package fr.interieur.qualepref.governance.api;

import java.time.LocalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The closure of an action: its completion evidence (a document) is required (V.1). */
public class ClosureRequest {

    @NotNull(message = "is required: an action is closed on its completion evidence (a document id)")
    public Long evidenceDocumentId;

    @Size(max = 2000, message = "must have at most 2000 characters")
    public String note;

    /** The day the action was completed; today when absent. */
    public LocalDate completedOn;
}
