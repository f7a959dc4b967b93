package fr.interieur.qualepref.governance.domain;

/** The data a bilan annuel examines (V.1). */
public enum ReviewInput {
    INDICATORS, SATISFACTION_SURVEYS, MYSTERY_SURVEYS, COMPLAINTS, TRAINING_NEEDS, SELF_ASSESSMENT_OR_INTERNAL_AUDIT
}
