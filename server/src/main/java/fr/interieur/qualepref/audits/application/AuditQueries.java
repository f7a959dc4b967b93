package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.Audits;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelRules;
import fr.interieur.qualepref.platform.errors.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads of the national schedule and label registry (docs/adr/0011). Who may see which site's rows is the caller's
 * business (the resources filter with SiteAccess); nothing here reads a site's grid.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {

    @Inject
    Audits audits;

    public Audit find(long id) {
        return audits.find(id).orElseThrow(() -> new NotFound("No audit " + id + "."));
    }

    public List<Audit> ofSite(long siteId) {
        return audits.ofSite(siteId);
    }

    public List<Audit> between(LocalDate from, LocalDate to) {
        return audits.between(from, to);
    }

    public List<LabelDecision> labelDecisions(long siteId) {
        return audits.decisionsOf(siteId);
    }

    public List<LabelDecision> allDecisions() {
        return audits.allDecisions();
    }

    /** The site's decisions with the type of their audit (two queries, whatever the number of decisions). */
    public List<LabelRules.Decision> decisions(long siteId) {
        Map<Long, AuditType> types = audits.ofSite(siteId).stream().collect(Collectors.toMap(Audit::id, Audit::type));
        List<LabelRules.Decision> result = new ArrayList<>();
        for (LabelDecision d : audits.decisionsOf(siteId)) {
            result.add(d.rule(types.get(d.auditId())));
        }
        return result;
    }
}
