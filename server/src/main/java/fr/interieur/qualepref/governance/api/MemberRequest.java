package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.StakeholderCategory;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of a comité des usagers: stakeholder category, organisation, membership period (IV.5). */
public class MemberRequest {

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String name;

    @NotNull(message = "is required: CONSUMER_ASSOCIATION, USER_ASSOCIATION, PROFESSIONAL_ASSOCIATION, LOCAL_AUTHORITY, SITE, STATE_SERVICE or INVITED")
    public StakeholderCategory category;

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String organisation;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate memberFrom;

    public LocalDate memberUntil;
}
