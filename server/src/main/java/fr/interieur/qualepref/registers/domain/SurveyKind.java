package fr.interieur.qualepref.registers.domain;

/** The two kinds of surveys the référentiel's satisfaction rates come from. */
public enum SurveyKind {
    /** Enquête de satisfaction usagers. */
    SATISFACTION,
    /** Enquête mystère (2: "sauf canal physique"). */
    MYSTERY
}
