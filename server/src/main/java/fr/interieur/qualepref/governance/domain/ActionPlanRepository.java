package fr.interieur.qualepref.governance.domain;

import java.util.List;
import java.util.Optional;

/** The action plans and actions of the site bound to the current transaction. */
public interface ActionPlanRepository {

    List<ActionPlan> plans();

    Optional<ActionPlan> plan(long id);

    List<PlanAction> actions();

    List<PlanAction> actionsOf(long planId);

    Optional<PlanAction> action(long planId, long id);

    void store(ActionPlan plan);

    void store(PlanAction action);
}
