package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An audit to schedule; with {@code withInternal}, its preparatory internal audit too, in one transaction (V.2). */
public class ScheduleRequest {

    @NotNull(message = "is required")
    @Pattern(regexp = "(?i)self-assessment|internal|external-initial|external-follow-up|external-renewal",
            message = "is one of self-assessment, internal, external-initial, external-follow-up, external-renewal")
    public String type;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate date;

    @Size(min = 3, max = 64, message = "is a login of 3 to 64 characters")
    public String auditor;

    /** The day of the internal audit to schedule with an external one. */
    public LocalDate withInternal;

    @Size(min = 3, max = 64, message = "is a login of 3 to 64 characters")
    public String internalAuditor;

    /** A previous audit of the site whose grid evidence links the new grid takes over. */
    public Long basedOn;
}
