package fr.interieur.qualepref.referential.domain;

/** The unit of an indicator's deadline. */
public enum DeadlineUnit {
    /** Working days of the site's own calendar (weekends and the department's public holidays off). */
    WORKING_DAYS,
    /** Clock hours, for the crisis commitments of module 7 (47, 48, 50). */
    CLOCK_HOURS,
    /** The delay the site announces locally (38.3, 51, 52.2). */
    LOCALLY_ANNOUNCED
}
