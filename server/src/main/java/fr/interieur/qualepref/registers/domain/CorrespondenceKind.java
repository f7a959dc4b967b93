package fr.interieur.qualepref.registers.domain;

/** What a request is, which decides the commitment whose deadline applies to it. */
public enum CorrespondenceKind {
    /** A request for information (17; 51 at the Préfecture de police). */
    INFORMATION_REQUEST,
    /** A suggestion (3.1). */
    SUGGESTION,
    /** A complaint, "l'expression d'une insatisfaction" (glossary; 3.1). */
    COMPLAINT,
    /** A collectivité's request for information or advice (36). */
    COLLECTIVITY_REQUEST
}
