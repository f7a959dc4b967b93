package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.AgentRepository;
import fr.interieur.qualepref.governance.domain.AnnualReview;
import fr.interieur.qualepref.governance.domain.AnnualReviewChecks;
import fr.interieur.qualepref.governance.domain.CheckStatus;
import fr.interieur.qualepref.governance.domain.CofilChecks;
import fr.interieur.qualepref.governance.domain.CofilRepository;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.UsersCommitteeChecks;
import fr.interieur.qualepref.governance.domain.UsersCommitteeRepository;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The governance figures of ONE site for the national report, read in a transaction of its own with that site bound
 * (ADR 0004: the national path visits the sites one by one under row-level security; it never lifts a policy). Only
 * the outcome of the checks and two counts leave the site, and the read is written to the site's audit trail. The
 * checks are the readiness checks themselves (IV.1, IV.3, IV.5, V.1), so the report and a site's own readiness never
 * disagree.
 */
@ApplicationScoped
public class GovernanceFigures {

    @Inject
    TenantBinding binding;

    @Inject
    UsersCommitteeRepository committees;

    @Inject
    CofilRepository cofil;

    @Inject
    AgentRepository agents;

    @Inject
    AuditTrail trail;

    /**
     * @param committeeMet    IV.5: every comité des usagers of the site met in the year (USERS_COMMITTEE_MET)
     * @param annualReview    V.1: a bilan annuel was held in the year (ANNUAL_REVIEW_HELD)
     * @param cofilMinutes    IV.1: the COFIL met with minutes in the year (COFIL_MINUTES)
     * @param agentsWithDuty  agents with a training duty on the day (IV.3)
     * @param agentsCompliant of those, the agents in compliance on the day
     */
    public record SiteFigures(CheckStatus committeeMet, CheckStatus annualReview, CheckStatus cofilMinutes,
                              int agentsWithDuty, int agentsCompliant) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SiteFigures of(long siteId, int year, LocalDate on, AuditTrail.Actor reader) {
        binding.bind(siteId);
        List<ReadinessCheck> committee = UsersCommitteeChecks.evaluate(year, on,
                UsersCommitteeService.forChecks(committees));
        List<ReadinessCheck> review = AnnualReviewChecks.evaluate(year, on, cofil.reviews().stream()
                .map(AnnualReview::facts).toList(), Set.of());
        List<ReadinessCheck> cofilChecks = CofilChecks.evaluate(year, on, cofil.cofil(), cofil.meetings());
        var assessed = TrainingService.assessed(agents, on).stream()
                .filter(a -> a.assessment().nonCompliantFrom() != null).toList();
        int compliant = (int) assessed.stream().filter(a -> a.assessment().compliant()).count();
        trail.record(reader, siteId, "Governance", "*", "READ", null, "governance report " + year + " on " + on);
        return new SiteFigures(status(committee, "USERS_COMMITTEE_MET"), status(review, "ANNUAL_REVIEW_HELD"),
                status(cofilChecks, "COFIL_MINUTES"), assessed.size(), compliant);
    }

    private static CheckStatus status(List<ReadinessCheck> checks, String code) {
        return checks.stream().filter(c -> c.code().equals(code)).map(ReadinessCheck::status).findFirst()
                .orElse(CheckStatus.NOT_MET);
    }
}
