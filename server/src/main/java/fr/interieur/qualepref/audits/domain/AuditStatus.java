package fr.interieur.qualepref.audits.domain;

/** Scheduled, then in progress once a verdict is given, closed with its report, or cancelled (kept, with why). */
public enum AuditStatus {
    SCHEDULED, IN_PROGRESS, CLOSED, CANCELLED;

    /** Still to happen or happening: counts for the 2-month rule and can be moved. */
    public boolean open() {
        return this == SCHEDULED || this == IN_PROGRESS;
    }
}
