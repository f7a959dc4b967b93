package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditReadinessChecks;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelStatus;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import fr.interieur.qualepref.governance.domain.ReadinessContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Contributes V.2 and V.3 to a site's readiness (governance), from the national schedule and label registry. */
@ApplicationScoped
public class AuditReadiness implements ReadinessContributor {

    @Inject
    AuditQueries queries;

    @Override
    public List<ReadinessCheck> checks(long siteId, int year, LocalDate today) {
        List<PlannedAudit> audits = queries.ofSite(siteId).stream().map(Audit::planned).toList();
        LabelStatus label = LabelStatus.of(queries.decisions(siteId), audits,
                queries.labelDecisions(siteId).stream().map(LabelDecision::auditId).collect(Collectors.toSet()),
                today);
        return List.of(AuditReadinessChecks.preparatory(audits), AuditReadinessChecks.external(label, today));
    }
}
