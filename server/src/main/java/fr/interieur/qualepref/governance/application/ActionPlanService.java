package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.ActionPlan;
import fr.interieur.qualepref.governance.domain.ActionPlanChecks;
import fr.interieur.qualepref.governance.domain.ActionPlanRepository;
import fr.interieur.qualepref.governance.domain.ActionSource;
import fr.interieur.qualepref.governance.domain.ActionStatus;
import fr.interieur.qualepref.governance.domain.CofilRepository;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.governance.domain.PlanAction;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Action plans and their actions (V.1, V.2, IV.4; 22.2, 32.2, 54.4 bring the complaint, indicator and crisis plans):
 * created and followed by the site's référent qualité or the DMAT, each change in the audit trail.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class ActionPlanService {

    @Inject
    ActionPlanRepository plans;

    @Inject
    EvidenceDocuments documents;

    @Inject
    CofilRepository reviews;

    @Inject
    GovernanceAudit audit;

    @Inject
    Today today;

    /** A plan with its actions, due date order. */
    public record PlanDetails(ActionPlan plan, List<PlanAction> actions) {
    }

    /** An overdue action with its plan. */
    public record OverdueAction(ActionPlan plan, PlanAction action) {
    }

    public List<PlanDetails> list() {
        audit.read("ActionPlan");
        Map<Long, List<PlanAction>> actions = plans.actions().stream()
                .collect(Collectors.groupingBy(PlanAction::planId));
        return plans.plans().stream().map(p -> new PlanDetails(p, actions.getOrDefault(p.id(), List.of()))).toList();
    }

    public PlanDetails details(long planId) {
        audit.read("ActionPlan");
        return new PlanDetails(plan(planId), plans.actionsOf(planId));
    }

    public PlanDetails create(String title, ActionSource source, String sourceReference) {
        requireSource(source, sourceReference);
        ActionPlan plan = new ActionPlan(title, source, sourceReference, audit.login(),
                OffsetDateTime.now(ZoneOffset.UTC));
        plans.store(plan);
        audit.changed("ActionPlan", plan.id(), "CREATE", null, plan);
        return new PlanDetails(plan, List.of());
    }

    public PlanDetails describe(long planId, String title, ActionSource source, String sourceReference) {
        ActionPlan plan = plan(planId);
        requireSource(source, sourceReference);
        String before = plan.toString();
        plan.describe(title, source, sourceReference);
        plans.store(plan);
        audit.changed("ActionPlan", plan.id(), "UPDATE", before, plan);
        return new PlanDetails(plan, plans.actionsOf(planId));
    }

    public PlanAction addAction(long planId, String title, String owner, LocalDate dueOn, ActionStatus status) {
        plan(planId);
        PlanAction action = new PlanAction(planId, title, owner, dueOn);
        if (status != null && status != ActionStatus.OPEN) {
            action.revise(title, owner, dueOn, status);
        }
        plans.store(action);
        audit.changed("PlanAction", action.id(), "CREATE", null, action);
        return action;
    }

    public PlanAction revise(long planId, long actionId, String title, String owner, LocalDate dueOn,
                             ActionStatus status) {
        PlanAction action = action(planId, actionId);
        String before = action.toString();
        action.revise(title, owner, dueOn, status == null ? action.status() : status);
        plans.store(action);
        audit.changed("PlanAction", action.id(), "UPDATE", before, action);
        return action;
    }

    /** Closes an action on its evidence (V.1); refused without it. */
    public PlanAction close(long planId, long actionId, Long evidenceDocumentId, String note, LocalDate completedOn) {
        PlanAction action = action(planId, actionId);
        String before = action.toString();
        if (evidenceDocumentId != null) {
            documents.requireExists(evidenceDocumentId);
        }
        action.close(evidenceDocumentId, note, completedOn == null ? today.date() : completedOn, today.date());
        plans.store(action);
        audit.changed("PlanAction", action.id(), "CLOSE", before, action);
        return action;
    }

    /** The actions overdue on {@code day} (today when null), earliest due first. */
    public List<OverdueAction> overdue(LocalDate day) {
        audit.read("PlanAction");
        Map<Long, ActionPlan> byId = plans.plans().stream().collect(Collectors.toMap(ActionPlan::id,
                Function.identity()));
        return ActionPlanChecks.overdue(plans.actions(), day == null ? today.date() : day).stream()
                .map(a -> new OverdueAction(byId.get(a.planId()), a)).toList();
    }

    /**
     * V.1: an improvement plan decided by a bilan annuel names that bilan (its id), so the bilan's checks find it.
     * Audit findings (issue 8) will be checked the same way when audits land.
     */
    private void requireSource(ActionSource source, String reference) {
        if (source != ActionSource.ANNUAL_REVIEW || reference == null) {
            return;
        }
        boolean known = reference.strip().matches("[0-9]{1,18}")
                && reviews.review(Long.parseLong(reference.strip())).isPresent();
        if (!known) {
            throw RuleViolation.of("UNKNOWN_ANNUAL_REVIEW", "V.1",
                    "la référence d'un plan issu du bilan annuel est l'identifiant d'un bilan du site",
                    "the reference of a plan decided by a bilan annuel is the id of one of the site's bilans");
        }
    }

    private ActionPlan plan(long id) {
        return plans.plan(id).orElseThrow(() -> new NotFound("No action plan " + id + " in this site."));
    }

    private PlanAction action(long planId, long id) {
        plan(planId);
        return plans.action(planId, id).orElseThrow(() -> new NotFound("No action " + id + " in action plan "
                + planId + "."));
    }
}
