package fr.interieur.qualepref.sites.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The full module selection of a site. */
public class ModulesRequest {

    @NotNull(message = "is required")
    @Size(max = 20, message = "lists at most 20 modules")
    public List<Integer> modules;
}
