package fr.interieur.qualepref.governance.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comité des usagers: the global one (no module) or that of one module (IV.5). */
public class CommitteeRequest {

    @NotBlank(message = "is required")
    @Size(min = 3, max = 200, message = "must have 3 to 200 characters")
    public String name;

    @Min(value = 1, message = "must be a module number")
    @Max(value = 99, message = "must be a module number")
    public Integer module;
}
