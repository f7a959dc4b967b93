package fr.interieur.qualepref.audits.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * V.2: "La préfecture ou la sous-préfecture organise et réalise un audit interne ou une auto-évaluation 2 mois avant
 * les audits externes (initial, passage, suivi ou renouvellement)". The référentiel says "2 mois" and no more; the
 * label's practice is "about" two months, so that the findings can be corrected before the external audit.
 *
 * <p>This is the one place where the tolerance is defined (docs/api.md, "Audits"): the preparatory audit must take
 * place between {@link #TOLERANCE} before and {@link #TOLERANCE} after the day two calendar months before the
 * external audit, both ends included. For an external audit on 2027-03-15 the nominal day is 2027-01-15 and the
 * window 2026-12-16 … 2027-02-14.
 */
public final class PreparatoryAuditRule {

    /** "2 mois avant" (V.2), in calendar months. */
    public static final Period LEAD = Period.ofMonths(2);

    /** How far from the nominal day a preparatory audit still counts, either way. */
    public static final Period TOLERANCE = Period.ofDays(30);

    private PreparatoryAuditRule() {
    }

    /** The days on which a preparatory audit satisfies the rule for an external audit on {@code external}. */
    public static DateRange window(LocalDate external) {
        LocalDate nominal = external.minus(LEAD);
        return new DateRange(nominal.minus(TOLERANCE), nominal.plus(TOLERANCE));
    }

    public static boolean satisfies(LocalDate preparatory, LocalDate external) {
        return window(external).contains(preparatory);
    }

    /** An inclusive range of days. */
    public record DateRange(LocalDate first, LocalDate last) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }

        @Override
        public String toString() {
            return first + " … " + last;
        }
    }
}
