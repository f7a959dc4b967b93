package fr.interieur.qualepref.sites.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What may change on an existing site (code, type and parent may not). Every field is required: this is a PUT. */
public class SiteUpdateRequest {

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String name;

    @NotBlank(message = "is required")
    @Size(min = 2, max = 100, message = "must have 2 to 100 characters")
    public String region;

    @NotNull(message = "is required")
    public Boolean hasCert;

    @NotNull(message = "is required")
    public Boolean engaged;

    @NotNull(message = "is required")
    @Size(max = 20, message = "lists at most 20 modules")
    public List<Integer> modules;

    @Valid
    public ContactRequest contact;
}
