package fr.interieur.qualepref.audits.domain;

import fr.interieur.qualepref.governance.domain.CheckStatus;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The readiness checks of V.2 and V.3, from the site's audits and label (what a référent qualité looks at before an
 * audit, next to the governance checks).
 */
public final class AuditReadinessChecks {

    private AuditReadinessChecks() {
    }

    /**
     * V.2: each open external audit has an internal audit or self-assessment in its window. With no external audit
     * ahead, not yet due.
     */
    public static ReadinessCheck preparatory(List<PlannedAudit> audits) {
        List<PlannedAudit> externals = audits.stream().filter(a -> a.type().external() && a.status().open())
                .sorted(Comparator.comparing(PlannedAudit::date)).toList();
        if (externals.isEmpty()) {
            return new ReadinessCheck("INTERNAL_AUDIT_BEFORE_EXTERNAL", "V.2", CheckStatus.NOT_YET_DUE,
                    List.of("no external audit is scheduled; an internal audit or self-assessment is due about 2 "
                            + "months before the next one"));
        }
        List<PlannedAudit> unprepared = SchedulingRules.unprepared(audits);
        if (unprepared.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (PlannedAudit e : externals) {
                PlannedAudit prep = audits.stream().filter(a -> a.prepares(e.date()))
                        .min(Comparator.comparing(PlannedAudit::date)).orElseThrow();
                reasons.add(e.type().slug() + " audit on " + e.date() + " prepared by the " + prep.type().slug()
                        + " on " + prep.date());
            }
            return new ReadinessCheck("INTERNAL_AUDIT_BEFORE_EXTERNAL", "V.2", CheckStatus.MET, reasons);
        }
        List<String> reasons = new ArrayList<>();
        for (PlannedAudit e : unprepared) {
            PreparatoryAuditRule.DateRange w = PreparatoryAuditRule.window(e.date());
            reasons.add("the " + e.type().slug() + " audit on " + e.date() + " has no internal audit or "
                    + "self-assessment between " + w.first() + " and " + w.last());
        }
        return new ReadinessCheck("INTERNAL_AUDIT_BEFORE_EXTERNAL", "V.2", CheckStatus.NOT_MET, reasons);
    }

    /** V.3: the label is in force, or an external audit is scheduled to obtain or renew it. */
    public static ReadinessCheck external(LabelStatus label, LocalDate today) {
        if ("LABELLED".equals(label.state())) {
            List<String> reasons = new ArrayList<>();
            reasons.add("labelled from " + label.validFrom() + " to " + label.validUntil());
            reasons.addAll(label.warnings());
            return new ReadinessCheck("EXTERNAL_AUDIT", "V.3",
                    label.warnings().isEmpty() ? CheckStatus.MET : CheckStatus.NOT_MET, reasons);
        }
        Optional<LocalDate> next = Optional.ofNullable(label.nextExternal());
        if (next.isPresent()) {
            return new ReadinessCheck("EXTERNAL_AUDIT", "V.3", CheckStatus.NOT_YET_DUE,
                    List.of("external audit scheduled on " + next.get()));
        }
        return new ReadinessCheck("EXTERNAL_AUDIT", "V.3", CheckStatus.NOT_MET,
                List.of("not labelled (" + label.reason() + ") and no external audit scheduled"));
    }
}
