package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class AuditorRequest {

    @NotBlank(message = "is required")
    @Size(min = 3, max = 64, message = "is a login of 3 to 64 characters")
    public String login;
}
