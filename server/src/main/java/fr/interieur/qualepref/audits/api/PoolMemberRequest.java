package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A user to add to a region's pool of internal auditors (V.2), with the training that qualifies them (IV.3). */
public class PoolMemberRequest {

    @NotBlank(message = "is required")
    @Size(min = 3, max = 64, message = "is a login of 3 to 64 characters")
    public String login;

    /** The region as the site registry spells it, e.g. "Provence-Alpes-Côte d'Azur". */
    @NotBlank(message = "is required")
    @Size(min = 2, max = 100, message = "has 2 to 100 characters")
    public String region;

    @NotNull(message = "is required (YYYY-MM-DD): the day of the national auditor training")
    public LocalDate trainedOn;

    /** The reference of the training attestation or of the attendance sheet. */
    @NotBlank(message = "is required: the reference of the training attestation or attendance sheet")
    @Size(min = 3, max = 500, message = "has 3 to 500 characters")
    public String attestation;
}
