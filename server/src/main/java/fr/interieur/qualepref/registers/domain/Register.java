package fr.interieur.qualepref.registers.domain;

/**
 * The event registers whose entries are measured against delays (rate and mean-delay indicators of chapter VI): each
 * change to one of them is announced ({@link RegisterChanged}) so that the indicators' per-month tallies follow it.
 */
public enum Register {
    /** Requests and their replies (3, 17, 36, 51). */
    CORRESPONDENCE,
    /** Website and voice-server changes (1.2, 8, 11, 51.2). */
    UPDATES,
    /** Appointment requests: the proposal, then the appointment date (37, 40). */
    APPOINTMENTS,
    /** Polices administratives files: the contact when incomplete, then the decision (38, 39, 52). */
    ADMINISTRATIVE_FILES
}
