package fr.interieur.qualepref.audits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A site's label on a day, and why it has none: what the site page shows and the coverage report counts.
 *
 * @param state       LABELLED, SUSPENDED, EXPIRED or NOT_LABELLED
 * @param reason      for a site without a label in force: NO_AUDIT, AUDIT_SCHEDULED, AWAITING_DECISION, REFUSED,
 *                    SUSPENDED, EXPIRED; null when labelled
 * @param nextExternal the next open external audit's day, if any
 */
public record LabelStatus(String state, String reason, LocalDate validFrom, LocalDate validUntil,
                          LocalDate followUpDue, boolean followUpScheduled, LocalDate nextExternal,
                          List<String> warnings) {

    /** @param decidedAudits the audits that already have a decision */
    public static LabelStatus of(List<LabelRules.Decision> decisions, List<PlannedAudit> audits,
                                 Set<Long> decidedAudits, LocalDate today) {
        Optional<LabelRules.Validity> label = LabelRules.inForce(decisions, today);
        Optional<PlannedAudit> nextExternal = audits.stream()
                .filter(a -> a.type().external() && a.status().open())
                .min(Comparator.comparing(PlannedAudit::date));
        List<String> warnings = new ArrayList<>();
        if (LabelRules.expiryWarning(label, today, audits)) {
            warnings.add("LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT: the label ends on " + label.get().until()
                    + " and no renewal audit is scheduled before");
        }
        if (label.isPresent()) {
            LabelRules.Validity v = label.get();
            boolean followUp = audits.stream().anyMatch(a -> a.type() == AuditType.EXTERNAL_FOLLOW_UP
                    && a.status() != AuditStatus.CANCELLED && !a.date().isBefore(v.from()));
            if (!followUp && !today.isBefore(v.followUpDue().minus(LabelRules.EXPIRY_WARNING))) {
                warnings.add("FOLLOW_UP_AUDIT_NOT_SCHEDULED: a follow-up audit is due about " + v.followUpDue());
            }
            return new LabelStatus("LABELLED", null, v.from(), v.until(), v.followUpDue(), followUp,
                    nextExternal.map(PlannedAudit::date).orElse(null), warnings);
        }
        Optional<LabelRules.Decision> last = decisions.stream().filter(d -> !d.decidedOn().isAfter(today))
                .max(Comparator.comparing(LabelRules.Decision::decidedOn)
                        .thenComparing(LabelRules.Decision::auditId));
        boolean awaiting = audits.stream().anyMatch(a -> a.type().external() && a.status() == AuditStatus.CLOSED
                && !decidedAudits.contains(a.id()));
        String state = "NOT_LABELLED";
        String reason;
        if (awaiting) {
            reason = "AWAITING_DECISION";
        } else if (nextExternal.isPresent()) {
            reason = "AUDIT_SCHEDULED";
        } else if (last.isPresent() && last.get().kind() == LabelDecisionKind.SUSPENDED) {
            state = "SUSPENDED";
            reason = "SUSPENDED";
        } else if (LabelRules.lastGrant(decisions).isPresent()) {
            state = "EXPIRED";
            reason = "EXPIRED";
        } else if (last.isPresent() && last.get().kind() == LabelDecisionKind.REFUSED) {
            reason = "REFUSED";
        } else {
            reason = "NO_AUDIT";
        }
        return new LabelStatus(state, reason, null, null, null, false,
                nextExternal.map(PlannedAudit::date).orElse(null), warnings);
    }
}
