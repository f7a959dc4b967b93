package fr.interieur.qualepref.governance.domain;

/** How a training is proven (IV.3): an attestation or an attendance sheet (documents), or a tutoring record. */
public enum TrainingEvidence {
    ATTESTATION, ATTENDANCE_SHEET, TUTORING
}
