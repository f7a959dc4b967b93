package fr.interieur.qualepref.sites.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a sous-préfecture does not apply a commitment: mandatory, kept with the exclusion. */
public class ExclusionRequest {

    @NotBlank(message = "is required: say why the site does not carry this mission")
    @Size(min = 10, max = 2000, message = "must have 10 to 2000 characters")
    public String justification;
}
