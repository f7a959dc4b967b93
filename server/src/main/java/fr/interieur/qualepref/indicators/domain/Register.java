package fr.interieur.qualepref.indicators.domain;

/** The registers indicators are computed from. */
public enum Register {
    /** Requests and their replies (3, 17, 36, 51). */
    CORRESPONDENCE,
    /** Website and voice-server changes (1.2, 8, 11, 51.2). */
    UPDATES
}
