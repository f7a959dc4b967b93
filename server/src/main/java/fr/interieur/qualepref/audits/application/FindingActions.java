package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditLines;
import fr.interieur.qualepref.audits.domain.Verdict;
import fr.interieur.qualepref.governance.application.ActionPlanService;
import fr.interieur.qualepref.governance.domain.ActionSource;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * V.2: "les écarts relevés font l'objet d'un plan d'action, mis en œuvre et suivi par le responsable de la démarche
 * qualité de service". The first verdict of a line that calls for action (point sensible, non-conformité mineure or
 * majeure) opens an action in the audit's action plan (created on the first finding, source AUDIT_FINDING,
 * reference {@code audit/<id>}) and links it to the line. The action's owner is the quality manager's function and its
 * due date a default by gravity ({@link #dueIn}); the site revises both in its action plans. A later change of
 * verdict leaves the action as it is: work may have started on it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@SiteScoped
public class FindingActions {

    static final String OWNER = "Responsable de la démarche qualité";

    @Inject
    ActionPlanService plans;

    @Inject
    AuditLines lines;

    /** The default time to correct a finding: a month for a major non-conformity, three for a minor, six else. */
    static Period dueIn(Verdict verdict) {
        switch (verdict) {
            case NON_CONFORMITE_MAJEURE:
                return Period.ofMonths(1);
            case NON_CONFORMITE_MINEURE:
                return Period.ofMonths(3);
            default:
                return Period.ofMonths(6);
        }
    }

    public void open(Audit audit, AuditLine line, LocalDate today) {
        if (!line.verdict().requiresAction() || line.actionId() != null) {
            return;
        }
        Long planId = lines.ofAudit(audit.id()).stream().map(AuditLine::actionPlanId)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (planId == null) {
            planId = plans.create("Écarts de l'" + audit.type().french() + " du " + audit.scheduledOn()
                    + " (audit " + audit.id() + ")", ActionSource.AUDIT_FINDING, "audit/" + audit.id()).plan().id();
        }
        String what = line.comment() == null ? line.title() : line.comment();
        String title = line.reference() + " — " + line.verdict().label() + " : " + what;
        long action = plans.addAction(planId, title.length() > 500 ? title.substring(0, 499) + "…" : title, OWNER,
                today.plus(dueIn(line.verdict())), null).id();
        line.linkAction(planId, action);
    }
}
