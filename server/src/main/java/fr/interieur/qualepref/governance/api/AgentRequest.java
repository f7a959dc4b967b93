package fr.interieur.qualepref.governance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent of the site whose training is recorded (IV.3). */
public class AgentRequest {

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String name;

    /** The site's own reference for the agent (a staff number), unique in the site. */
    @Size(max = 100, message = "must have at most 100 characters")
    public String reference;
}
