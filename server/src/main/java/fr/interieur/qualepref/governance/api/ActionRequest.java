package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.ActionStatus;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An action of a plan: what, who, by when; the status moves OPEN / IN_PROGRESS (DONE only by closure). */
public class ActionRequest {

    @NotBlank(message = "is required")
    @Size(min = 3, max = 500, message = "must have 3 to 500 characters")
    public String title;

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String owner;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate dueOn;

    public ActionStatus status;
}
