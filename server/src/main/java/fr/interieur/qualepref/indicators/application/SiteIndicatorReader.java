package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * One site's figures for a national read (ADR 0012): the site is bound in a transaction of its own (so each site's
 * persistence context, tenant property and row-level security setting start clean), its indicators computed under
 * its forced RLS — from its tallies when they are current (ADR 0015) — and the read written to that site's audit
 * trail in the same transaction. Called by a worker thread: the reader is passed, not taken from the request.
 */
@ApplicationScoped
public class SiteIndicatorReader {

    @Inject
    TenantBinding binding;

    @Inject
    IndicatorComputation computation;

    @Inject
    AuditTrail trail;

    /**
     * @param catalog the indicators of the site's référentiel version ({@link IndicatorComputation#catalog})
     * @param tallied whether the site's tallies are current
     * @param reader  who reads (the national read runs outside the request's context)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndicatorFigure> read(Site site, LocalDate from, LocalDate to, Period period, LocalDate asOf,
                                      List<IndicatorComputation.Applicable> catalog, boolean tallied,
                                      AuditTrail.Actor reader) {
        binding.bind(site.id());
        List<IndicatorFigure> figures = computation.compute(site, from, to, period, asOf, catalog, tallied, false);
        trail.record(reader, site.id(), "Indicators", from + ".." + to, "READ", null,
                "national indicators by " + period.name().toLowerCase());
        return figures;
    }
}
