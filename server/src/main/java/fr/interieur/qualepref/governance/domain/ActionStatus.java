package fr.interieur.qualepref.governance.domain;

/** Where an action stands; DONE only with its completion evidence (V.1). */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE
}
