package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * One site's figures for a national read (ADR 0012): the site is bound in a transaction of its own (so each site's
 * persistence context, tenant property and row-level security setting start clean), its indicators computed under
 * its forced RLS, and the read written to that site's audit trail in the same transaction.
 */
@ApplicationScoped
public class SiteIndicatorReader {

    @Inject
    TenantBinding binding;

    @Inject
    IndicatorComputation computation;

    @Inject
    AuditTrail trail;

    @Inject
    CallerContext callers;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndicatorFigure> read(Site site, LocalDate from, LocalDate to, Period period, LocalDate asOf) {
        binding.bind(site.id());
        List<IndicatorFigure> figures = computation.compute(site, from, to, period, asOf);
        var caller = callers.required();
        trail.record(new AuditTrail.Actor(caller.userId(), caller.login()), site.id(), "Indicators",
                from + ".." + to, "READ", null, "national indicators by " + period.name().toLowerCase());
        return figures;
    }
}
