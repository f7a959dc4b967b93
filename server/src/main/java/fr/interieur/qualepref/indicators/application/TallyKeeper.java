package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.calendar.application.SiteCalendars;
import fr.interieur.qualepref.calendar.domain.ClosuresChanged;
import fr.interieur.qualepref.calendar.domain.FrenchPublicHolidays;
import fr.interieur.qualepref.calendar.domain.NonWorkingDay;
import fr.interieur.qualepref.indicators.domain.IndicatorTallies;
import fr.interieur.qualepref.platform.persistence.SchemaMigrated;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.registers.domain.RegisterChanged;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the per-month tallies of the sites' event registers in step with them (ADR 0015): in the transaction of
 * every register change (the months it touched), and of every closure declared or withdrawn (the whole site: a
 * closure changes the working days of every delay that spans it). At start-up, the sites whose tallies are missing or
 * of an older layout are rebuilt in the background, one site per transaction; until then their indicators are read
 * from their registers, so a read is never wrong, only slower.
 */
@ApplicationScoped
public class TallyKeeper {

    private static final Logger LOG = Logger.getLogger(TallyKeeper.class.getName());

    private static final LocalDate FIRST = LocalDate.of(FrenchPublicHolidays.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(FrenchPublicHolidays.LAST_YEAR, 12, 31);

    @Inject
    IndicatorTallies tallies;

    @Inject
    SiteCalendars calendars;

    @Inject
    SiteRepository sites;

    @Inject
    TenantContext tenant;

    @Inject
    TenantBinding binding;

    @Inject
    TallyKeeper self;

    @Resource
    ManagedExecutorService executor;

    /** In the transaction of the change, on the site it is bound to. */
    void onRegisterChanged(@Observes RegisterChanged change) {
        long siteId = tenant.required();
        if (tallies.current(siteId)) {
            tallies.refresh(siteId, change.register(), change.months(), nonWorkingDays(siteId));
        } else {
            // A site without tallies yet (new, or of an older layout) gets them all at its first change.
            tallies.rebuild(siteId, nonWorkingDays(siteId));
        }
    }

    /** In the transaction of the closure, on the site it is bound to. */
    void onClosuresChanged(@Observes ClosuresChanged change) {
        long siteId = tenant.required();
        tallies.rebuild(siteId, nonWorkingDays(siteId));
    }

    void onStart(@Observes SchemaMigrated migrated) {
        executor.submit(this::rebuildStale);
    }

    /** Rebuilds every site whose tallies are missing or of an older layout; returns how many. */
    public int rebuildStale() {
        int rebuilt = 0;
        for (long siteId : self.stale()) {
            try {
                self.rebuild(siteId);
                rebuilt++;
            } catch (RuntimeException e) {
                // The site keeps being read from its registers; the next start tries again.
                LOG.log(Level.WARNING, "The indicator tallies of site " + siteId + " could not be rebuilt", e);
            }
        }
        if (rebuilt > 0) {
            LOG.info("Indicator tallies rebuilt for " + rebuilt + " site(s)");
        }
        return rebuilt;
    }

    @Transactional
    public List<Long> stale() {
        return tallies.stale();
    }

    /** Rebuilds one site's tallies in a transaction of its own, bound to the site. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rebuild(long siteId) {
        binding.bind(siteId);
        tallies.rebuild(siteId, nonWorkingDays(siteId));
    }

    /** Every non-working day of the site bound to the transaction, over its whole calendar. */
    private List<LocalDate> nonWorkingDays(long siteId) {
        Site site = sites.byId(siteId).orElseThrow(() -> new IllegalStateException("no site " + siteId));
        return calendars.calendarOf(site).nonWorkingDays(FIRST, LAST).stream().map(NonWorkingDay::date).toList();
    }
}
