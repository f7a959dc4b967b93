package fr.interieur.qualepref.governance.api;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A held COFIL meeting with its minutes (IV.1). */
public class CofilMeetingRequest {

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate heldOn;

    @NotBlank(message = "is required")
    @Size(min = 3, max = 5000, message = "must have 3 to 5000 characters")
    public String agenda;

    public Long minutesDocumentId;
}
