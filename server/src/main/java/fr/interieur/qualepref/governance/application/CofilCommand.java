package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.CofilInstaller;
import java.time.LocalDate;

/** The COFIL and the responsibilities it follows (IV.1), as the API received them. */
public record CofilCommand(CofilInstaller installedBy, LocalDate installedOn, String composition,
                           Long compositionDocumentId, String qualityManager, Long qualityManagerMissionDocumentId,
                           Long organisationChartDocumentId, Long functionDescriptionsDocumentId) {
}
