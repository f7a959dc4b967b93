package fr.interieur.qualepref.governance.api;

import java.time.LocalDate;
import jakarta.validation.constraints.NotNull;

/** The end of a post (the agent leaves it). */
public class PostEndRequest {

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate endedOn;
}
