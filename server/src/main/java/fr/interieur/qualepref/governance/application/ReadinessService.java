package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.ActionPlan;
import fr.interieur.qualepref.governance.domain.ActionPlanChecks;
import fr.interieur.qualepref.governance.domain.ActionPlanRepository;
import fr.interieur.qualepref.governance.domain.ActionSource;
import fr.interieur.qualepref.governance.domain.AnnualReview;
import fr.interieur.qualepref.governance.domain.AnnualReviewChecks;
import fr.interieur.qualepref.governance.domain.CofilChecks;
import fr.interieur.qualepref.governance.domain.CofilRepository;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.ReadinessContributor;
import fr.interieur.qualepref.governance.domain.StaffInvolvementChecks;
import fr.interieur.qualepref.governance.domain.TrainingChecks;
import fr.interieur.qualepref.governance.domain.TrainingRecord;
import fr.interieur.qualepref.governance.domain.AgentPost;
import fr.interieur.qualepref.governance.domain.UsersCommitteeChecks;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a référent qualité checks before an audit: every organisational requirement of chapters IV and V that the
 * governance records show, with its status and reasons, for one year — IV.1 (COFIL, quality manager,
 * responsibilities), IV.3 (training), IV.5 (comité des usagers), V.1 (bilan annuel, follow-up of action plans) — plus
 * the checks other capabilities contribute ({@link ReadinessContributor}: V.2 and V.3 from the audits).
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class ReadinessService {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    UsersCommitteeService committees;

    @Inject
    TrainingService training;

    @Inject
    CofilRepository cofil;

    @Inject
    ActionPlanRepository plans;

    @Inject
    GovernanceAudit audit;

    @Inject
    Today today;

    @Inject
    TenantContext tenant;

    @Inject
    Instance<ReadinessContributor> contributors;

    /** The checks of one year, computed on {@code evaluatedOn}. */
    public record Readiness(int year, LocalDate evaluatedOn, List<ReadinessCheck> checks) {
    }

    public Readiness readiness(int year) {
        audit.read("Readiness");
        LocalDate now = today.date();
        List<ReadinessCheck> checks = new ArrayList<>();
        checks.addAll(CofilChecks.evaluate(year, now, cofil.cofil(), cofil.meetings()));
        checks.add(TrainingChecks.evaluate(year, now, training.all(now).stream()
                .map(a -> new TrainingChecks.AgentRecord(a.agent().name(),
                        a.posts().stream().map(AgentPost::facts).toList(),
                        a.trainings().stream().map(TrainingRecord::facts).toList())).toList()));
        checks.addAll(UsersCommitteeChecks.evaluate(year, now, committees.committeesForChecks()));
        List<ActionPlan> allPlans = plans.plans();
        Set<String> reviewPlans = allPlans.stream().filter(p -> p.source() == ActionSource.ANNUAL_REVIEW
                && p.sourceReference() != null).map(ActionPlan::sourceReference).collect(Collectors.toSet());
        checks.addAll(AnnualReviewChecks.evaluate(year, now, cofil.reviews().stream().map(AnnualReview::facts)
                .toList(), reviewPlans));
        Map<Long, String> titles = allPlans.stream().collect(Collectors.toMap(ActionPlan::id, ActionPlan::title));
        checks.add(ActionPlanChecks.followed(year, now, plans.actions(), titles));
        checks.add(StaffInvolvementChecks.evaluate(year, now, allPlans.stream()
                .filter(p -> p.createdAt().atZoneSameInstant(PARIS).getYear() == year).map(ActionPlan::source)
                .toList()));
        long site = tenant.required();
        contributors.forEach(c -> checks.addAll(c.checks(site, year, now)));
        checks.sort(Comparator.comparing(ReadinessCheck::reference));
        return new Readiness(year, now, checks);
    }
}
