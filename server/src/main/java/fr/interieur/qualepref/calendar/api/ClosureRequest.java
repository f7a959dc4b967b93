package fr.interieur.qualepref.calendar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A closure the site declares: why it is closed that day. */
public class ClosureRequest {

    @NotBlank(message = "reason is required")
    @Size(max = 200, message = "reason must be at most 200 characters")
    public String reason;
}
