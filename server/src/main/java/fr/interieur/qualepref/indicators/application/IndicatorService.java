package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The chapter VI indicators of the request's site ({@link IndicatorComputation}), reads from outside audited. */
@ApplicationScoped
@Transactional
@SiteScoped
public class IndicatorService {

    @Inject
    IndicatorComputation computation;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    public List<IndicatorFigure> compute(Site site, LocalDate from, LocalDate to, Period period, LocalDate asOf) {
        auditReadFromOutside(site, from, to);
        return computation.compute(site, from, to, period, asOf);
    }

    /**
     * Figures drawn from a site's registers, read by the DMAT or a regional pilot: in the site's audit trail (ADR
     * 0004).
     */
    private void auditReadFromOutside(Site site, LocalDate from, LocalDate to) {
        var caller = callers.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId().equals(site.id()))) {
            audit.record(new AuditTrail.Actor(caller.userId(), caller.login()), site.id(), "Indicators",
                    from + ".." + to, "READ", null, null);
        }
    }
}
