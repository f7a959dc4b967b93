package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public class DecisionRequest {

    @NotNull(message = "is required")
    @Pattern(regexp = "(?i)granted|refused|suspended", message = "is one of granted, refused, suspended")
    public String decision;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate decidedOn;

    @Size(max = 2000, message = "has at most 2000 characters")
    public String note;
}
