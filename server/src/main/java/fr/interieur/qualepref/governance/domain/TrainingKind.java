package fr.interieur.qualepref.governance.domain;

/** Initial training on taking a post, continuing training (4.2: at least every four years), the yearly CIP refresher (50.2). */
public enum TrainingKind {
    INITIAL, CONTINUING, CIP_REFRESHER
}
