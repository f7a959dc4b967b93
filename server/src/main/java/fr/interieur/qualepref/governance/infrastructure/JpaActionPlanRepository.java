package fr.interieur.qualepref.governance.infrastructure;

import fr.interieur.qualepref.governance.domain.ActionPlan;
import fr.interieur.qualepref.governance.domain.ActionPlanRepository;
import fr.interieur.qualepref.governance.domain.PlanAction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaActionPlanRepository extends JpaGovernanceStore implements ActionPlanRepository {

    @Override
    public List<ActionPlan> plans() {
        return list(ActionPlan.class, "SELECT p FROM ActionPlan p ORDER BY p.id");
    }

    @Override
    public Optional<ActionPlan> plan(long id) {
        return one(ActionPlan.class, "SELECT p FROM ActionPlan p WHERE p.id = :id", "id", id);
    }

    @Override
    public List<PlanAction> actions() {
        return list(PlanAction.class, "SELECT a FROM PlanAction a ORDER BY a.dueOn, a.id");
    }

    @Override
    public List<PlanAction> actionsOf(long planId) {
        return list(PlanAction.class, "SELECT a FROM PlanAction a WHERE a.planId = :p ORDER BY a.dueOn, a.id",
                "p", planId);
    }

    @Override
    public Optional<PlanAction> action(long planId, long id) {
        return one(PlanAction.class, "SELECT a FROM PlanAction a WHERE a.planId = :p AND a.id = :id", "p", planId,
                "id", id);
    }

    @Override
    public void store(ActionPlan plan) {
        save(plan);
    }

    @Override
    public void store(PlanAction action) {
        save(action);
    }
}
