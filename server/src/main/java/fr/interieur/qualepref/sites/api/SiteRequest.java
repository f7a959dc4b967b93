package fr.interieur.qualepref.sites.api;

import fr.interieur.qualepref.referential.domain.SiteType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A site as the DMAT provisions it. A class with fields, not a record: Payara's OpenAPI generator fails on Bean
 * Validation annotations on record components.
 */
public class SiteRequest {

    /** Department code, then "-" and a suffix for a sous-préfecture: "13", "13-AIX", "75-PP". */
    @NotNull(message = "is required")
    @Pattern(regexp = "(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-6])(-[A-Z0-9]{1,12})?",
            message = "must be a department code (01–95, 2A, 2B, 971–976), optionally followed by '-' and up to 12 "
                    + "upper-case letters or digits")
    public String code;

    @NotBlank(message = "is required")
    @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
    public String name;

    @NotNull(message = "is required")
    public SiteType type;

    @NotBlank(message = "is required")
    @Size(min = 2, max = 100, message = "must have 2 to 100 characters")
    public String region;

    /** The parent préfecture's code, for a sous-préfecture only. */
    public String parent;

    @NotNull(message = "is required")
    public Boolean hasCert;

    /** Defaults to true; only a sous-préfecture without a CERT may stay out (II.2). */
    public Boolean engaged;

    /** A référentiel version; the latest when absent. */
    public String referentialVersion;

    @NotNull(message = "is required")
    @Size(max = 20, message = "lists at most 20 modules")
    public List<Integer> modules;

    @Valid
    public ContactRequest contact;
}
