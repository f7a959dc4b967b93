package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.domain.CofilInstaller;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The COFIL and the responsibilities it follows (IV.1); documents are ids of the documentary system. */
public class CofilRequest {

    @NotNull(message = "is required: PREFET or SOUS_PREFET")
    public CofilInstaller installedBy;

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate installedOn;

    @NotBlank(message = "is required: who sits on the COFIL")
    @Size(min = 3, max = 5000, message = "must have 3 to 5000 characters")
    public String composition;

    public Long compositionDocumentId;

    @Size(max = 200, message = "must have at most 200 characters")
    public String qualityManager;

    public Long qualityManagerMissionDocumentId;

    public Long organisationChartDocumentId;

    public Long functionDescriptionsDocumentId;
}
