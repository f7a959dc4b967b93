package fr.interieur.qualepref.audits.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The life of a label (chapter V; the practice of the label, as for Marianne): granted for {@link #VALIDITY} from the
 * decision, a follow-up audit by the certification body {@link #FOLLOW_UP} in, a warning when it expires within
 * {@link #EXPIRY_WARNING} with no renewal audit scheduled, and a renewal granted before expiry that extends it without
 * a gap.
 *
 * <p>Dates: a label is valid from {@code validFrom} to {@code validUntil}, both included. Three years from a decision
 * end on the same day three years later; from 29 February, on 28 February (Code de procédure civile, art. 641: "à défaut
 * d'un quantième identique, le délai expire le dernier jour du mois" — which is what {@link LocalDate#plusYears} does).
 */
public final class LabelRules {

    public static final Period VALIDITY = Period.ofYears(3);
    public static final Period FOLLOW_UP = Period.ofMonths(18);
    public static final Period EXPIRY_WARNING = Period.ofMonths(6);

    private LabelRules() {
    }

    /** A decision as the rules need it. */
    public record Decision(long auditId, AuditType auditType, LabelDecisionKind kind, LocalDate decidedOn,
                           LocalDate validFrom, LocalDate validUntil) {
    }

    /** A granted label's dates. */
    public record Validity(LocalDate from, LocalDate until) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }

        /** The follow-up audit the schedule proposes, about 18 months in. */
        public LocalDate followUpDue() {
            return from.plus(FOLLOW_UP);
        }
    }

    /**
     * The validity of a label granted on {@code decidedOn}. A renewal granted while the current label still runs
     * extends it: the new label ends three years after the current one, so there is neither gap nor lost time.
     */
    public static Validity grant(LocalDate decidedOn, AuditType auditType, Optional<Validity> current) {
        if (!auditType.external()) {
            throw new IllegalArgumentException("a label is decided after an external audit only");
        }
        if (auditType == AuditType.EXTERNAL_RENEWAL && current.isPresent() && current.get().covers(decidedOn)) {
            return new Validity(decidedOn, current.get().until().plus(VALIDITY));
        }
        return new Validity(decidedOn, decidedOn.plus(VALIDITY));
    }

    /**
     * The label in force on {@code day}, from the site's decisions: the latest grant whose dates cover the day, unless
     * a later suspension stopped it. A refusal (of a renewal, say) leaves a running label to its end.
     */
    public static Optional<Validity> inForce(List<Decision> decisions, LocalDate day) {
        Validity label = null;
        List<Decision> ordered = decisions.stream().filter(d -> !d.decidedOn().isAfter(day))
                .sorted(Comparator.comparing(Decision::decidedOn).thenComparing(Decision::auditId)).toList();
        for (Decision d : ordered) {
            switch (d.kind()) {
                case GRANTED -> label = new Validity(d.validFrom(), d.validUntil());
                case SUSPENDED -> label = null;
                case REFUSED -> { }
            }
        }
        return label != null && label.covers(day) ? Optional.of(label) : Optional.empty();
    }

    /** The last label granted, even expired or suspended: for "label expired" in the coverage report. */
    public static Optional<Decision> lastGrant(List<Decision> decisions) {
        return decisions.stream().filter(d -> d.kind() == LabelDecisionKind.GRANTED)
                .max(Comparator.comparing(Decision::decidedOn).thenComparing(Decision::auditId));
    }

    /**
     * Whether to warn on {@code today}: the label in force ends within six months and no renewal audit is planned
     * (open) on or before its last day.
     */
    public static boolean expiryWarning(Optional<Validity> label, LocalDate today, List<PlannedAudit> audits) {
        if (label.isEmpty() || label.get().until().isAfter(today.plus(EXPIRY_WARNING))) {
            return false;
        }
        LocalDate end = label.get().until();
        return audits.stream().noneMatch(a -> a.type() == AuditType.EXTERNAL_RENEWAL && a.status().open()
                && !a.date().isAfter(end));
    }
}
