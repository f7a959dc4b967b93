package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CancellationRequest {

    @NotBlank(message = "is required: say why the audit is cancelled")
    @Size(max = 2000, message = "has at most 2000 characters")
    public String reason;
}
