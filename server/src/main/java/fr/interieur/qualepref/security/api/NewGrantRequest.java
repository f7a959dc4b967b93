package fr.interieur.qualepref.security.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A role to grant: a site code for site roles, a region for a regional pilot, nothing for the DMAT. */
public class NewGrantRequest {

    @NotNull(message = "is required")
    @Pattern(regexp = "DMAT_ADMIN|REGIONAL_PILOT|QUALITY_REFERENT|AGENT|AUDITOR",
            message = "is one of DMAT_ADMIN, REGIONAL_PILOT, QUALITY_REFERENT, AGENT, AUDITOR")
    public String role;

    @Size(max = 32, message = "has at most 32 characters")
    public String site;

    @Size(min = 2, max = 100, message = "has 2 to 100 characters")
    public String region;

    /** ISO-8601 with offset, e.g. 2026-03-01T00:00:00+01:00; absent means from now. */
    public OffsetDateTime validFrom;

    /** ISO-8601 with offset; absent means until revoked. */
    public OffsetDateTime validUntil;
}
