package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Governance records say what happened: their dates are not in the future, and what follows an event (minutes sent,
 * staff informed) does not precede it. Collects every broken date before refusing, so a client fixes them at once.
 */
final class PastDates {

    private final String reference;
    private final LocalDate today;
    private final List<Broken> broken = new ArrayList<>();

    PastDates(String reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
    }

    PastDates notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            broken.add(new Broken("DATE_IN_FUTURE", reference, field + " (" + date + ") est dans le futur",
                    field + " (" + date + ") is in the future"));
        }
        return this;
    }

    PastDates notBefore(String field, LocalDate date, String eventField, LocalDate event) {
        if (date != null && event != null && date.isBefore(event)) {
            broken.add(new Broken("DATE_BEFORE_EVENT", reference, field + " (" + date + ") précède " + eventField
                    + " (" + event + ")", field + " (" + date + ") precedes " + eventField + " (" + event + ")"));
        }
        return this;
    }

    void check() {
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
