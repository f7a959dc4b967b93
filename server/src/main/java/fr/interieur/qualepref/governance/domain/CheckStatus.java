package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;

/** The outcome of one organisational requirement for a site and a year. */
public enum CheckStatus {
    MET, NOT_MET,
    /** Not met yet, but the period in which it must be met has not ended. */
    NOT_YET_DUE;

    /**
     * A yearly requirement that is not met: still open until the year's last day (31 December), missed after it.
     */
    public static CheckStatus missedIn(int year, LocalDate today) {
        return today.isAfter(LocalDate.of(year, 12, 31)) ? NOT_MET : NOT_YET_DUE;
    }
}
