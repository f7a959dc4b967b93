package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * V.1 "les plans d'actions ... donnent lieu à un suivi": the site's actions are followed when none is overdue on the
 * day checked (the last day of the year, or today for the current year).
 */
public final class ActionPlanChecks {

    private ActionPlanChecks() {
    }

    /** The actions not done whose due date is before {@code day}, earliest due first. */
    public static List<PlanAction> overdue(List<PlanAction> actions, LocalDate day) {
        return actions.stream().filter(a -> a.overdueOn(day))
                .sorted(Comparator.comparing(PlanAction::dueOn).thenComparing(PlanAction::title)).toList();
    }

    public static ReadinessCheck followed(int year, LocalDate today, List<PlanAction> actions,
                                          Map<Long, String> planTitles) {
        if (year > today.getYear()) {
            return new ReadinessCheck("ACTION_PLANS_FOLLOWED", "V.1", CheckStatus.NOT_YET_DUE,
                    List.of(year + " has not started"));
        }
        LocalDate day = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        List<String> late = overdue(actions, day).stream().map(a -> planTitles.getOrDefault(a.planId(), "plan "
                + a.planId()) + ": \"" + a.title() + "\" (" + a.owner() + ") was due on " + a.dueOn()).toList();
        return ReadinessCheck.standing("ACTION_PLANS_FOLLOWED", "V.1", late,
                "no action overdue on " + day + " among " + actions.size() + " action(s)");
    }
}
