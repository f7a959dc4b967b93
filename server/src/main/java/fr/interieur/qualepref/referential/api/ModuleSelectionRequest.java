package fr.interieur.qualepref.referential.api;

import fr.interieur.qualepref.referential.domain.SiteType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A proposed module selection to check against II.2: the kind of site, whether it has a CERT, the modules.
 *
 * <p>A class with fields rather than a record: Payara's OpenAPI generator fails on Bean Validation annotations placed
 * on record components (NullPointerException in ApplicationProcessor.addSchemaParameter, Payara 6.2025.10).
 */
public class ModuleSelectionRequest {

    /** PREFECTURE, SOUS_PREFECTURE or PREFECTURE_DE_POLICE. */
    @NotNull(message = "is required")
    public SiteType siteType;

    /** Whether the site has a CERT (centre d'expertise et de ressources titres). */
    @NotNull(message = "is required")
    public Boolean hasCert;

    /** The module numbers the site would take; numbers the référentiel does not know are reported as violations. */
    @NotNull(message = "is required")
    @Size(max = 20, message = "lists at most 20 modules")
    public List<Integer> modules;
}
