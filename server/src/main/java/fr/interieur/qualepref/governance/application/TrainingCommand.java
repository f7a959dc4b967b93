package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.DutyCategory;
import fr.interieur.qualepref.governance.domain.TrainingEvidence;
import fr.interieur.qualepref.governance.domain.TrainingKind;
import java.time.LocalDate;

/** A training an agent received (IV.3), as the API received it. */
public record TrainingCommand(DutyCategory category, TrainingKind kind, LocalDate completedOn, String title,
                              TrainingEvidence evidence, Long evidenceDocumentId, String tutor) {
}
