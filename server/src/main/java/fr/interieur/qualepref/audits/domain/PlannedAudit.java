package fr.interieur.qualepref.audits.domain;

import java.time.LocalDate;

/** What the scheduling rules need to know of an audit of the site. {@code id} is 0 for one not yet stored. */
public record PlannedAudit(long id, AuditType type, AuditStatus status, LocalDate date) {

    public PlannedAudit on(LocalDate other) {
        return new PlannedAudit(id, type, status, other);
    }

    /** Counts as the preparatory audit of an external one: not cancelled (a closed one has taken place). */
    boolean prepares(LocalDate external) {
        return type.preparatory() && status != AuditStatus.CANCELLED
                && PreparatoryAuditRule.satisfies(date, external);
    }
}
