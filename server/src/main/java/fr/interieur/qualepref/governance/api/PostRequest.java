package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.DutyCategory;
import java.time.LocalDate;
import jakarta.validation.constraints.NotNull;

/** A post with a training duty, from its start date (IV.3). */
public class PostRequest {

    @NotNull(message = "is required: RECEPTION, TELEPHONE, WEB_EDITOR, QUALITY_REFERENT, DIGITAL_MEDIATOR, FOREIGNERS_TITLES, FRAUD, PUBLIC_POLICY_COORDINATION or CIP")
    public DutyCategory category;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate startedOn;

    public LocalDate endedOn;
}
