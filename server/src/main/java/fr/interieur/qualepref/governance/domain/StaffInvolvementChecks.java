package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * IV.4 "Implication des collaborateurs": the site lets its staff report dysfunctions and propose improvements, shown
 * among other things by "la formalisation et le suivi de plans d'action en réponse à ces retours" — what the records
 * can show is an action plan from staff feedback in the year (the meetings and the dedicated mailbox are checked by
 * the auditor on their own evidence).
 */
public final class StaffInvolvementChecks {

    private StaffInvolvementChecks() {
    }

    /** @param plansOfTheYear the site's action plans created in {@code year}, as (source, title) */
    public static ReadinessCheck evaluate(int year, LocalDate today, List<ActionSource> plansOfTheYear) {
        long fromStaff = plansOfTheYear.stream().filter(s -> s == ActionSource.STAFF_FEEDBACK).count();
        return ReadinessCheck.yearly("STAFF_FEEDBACK_ACTION_PLAN", "IV.4", year, today,
                fromStaff == 0 ? List.of("no action plan from staff feedback (source STAFF_FEEDBACK) in " + year)
                        : List.of(),
                fromStaff + " action plan(s) from staff feedback in " + year);
    }
}
