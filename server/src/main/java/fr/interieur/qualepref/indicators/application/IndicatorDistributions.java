package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.indicators.domain.Spread;
import fr.interieur.qualepref.indicators.domain.IndicatorTallies;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.concurrency.Workers;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteRepository.SiteFilter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The chapter VI indicators of the network for the DMAT, and of a region for its pilot: per indicator and period,
 * how many sites report it and how their values spread (mean, median, p10, p90), nationally and by region.
 *
 * <p>The sites read are those the caller may see ({@link SiteService#list}: the DMAT all, a regional pilot its region
 * — the restriction of the national reports), active ones only. Each is read in turn in its own binding
 * ({@link SiteIndicatorReader}, ADR 0012) — by a few workers at once, the référentiel's catalog of indicators worked
 * out once per version and the sites whose tallies are current (ADR 0015) asked once: only each figure's value leaves
 * the site, and the read is in the site's audit trail. A site "reports" an indicator in a period when its figure has a value (a rate with a denominator, a
 * mean with a replied entry, a count).
 */
@ApplicationScoped
public class IndicatorDistributions {

    public static final String NATIONAL = "national";

    @Inject
    SiteService sites;

    @Inject
    SiteIndicatorReader reader;

    @Inject
    CallerContext callers;

    @Inject
    IndicatorComputation computation;

    @Inject
    IndicatorTallies tallies;

    @Resource
    ManagedExecutorService executor;

    /** Sites read at once, each in its own transaction: the database's round trips of one overlap another's work. */
    static final int READERS = 4;

    /**
     * @param region only this region's sites (a regional pilot may name only their own); empty: every site the
     *               caller may see
     * @throws Forbidden for a caller who is neither the DMAT nor a regional pilot, or a pilot naming another region
     */
    public NationalIndicators compute(LocalDate from, LocalDate to, Period period, Optional<String> region) {
        Caller caller = callers.required();
        if (!caller.isDmat() && region.map(r -> !caller.pilots(r)).orElse(!caller.hasRole(Role.REGIONAL_PILOT))) {
            throw new Forbidden(region.isPresent() ? "Only the DMAT and the pilot of " + region.get()
                    + " see its indicators." : "Only the DMAT and the regional pilots see consolidated indicators.");
        }
        LocalDate asOf = LocalDate.now(ZoneId.of("Europe/Paris"));
        List<Site> read = sites.list(new SiteFilter(region.orElse(null), null, null, null, true));
        AuditTrail.Actor actor = new AuditTrail.Actor(caller.userId(), caller.login());
        Map<Long, List<IndicatorComputation.Applicable>> catalogs = new HashMap<>();
        for (Site site : read) {
            catalogs.computeIfAbsent(site.referentialVersion().id(),
                    v -> computation.catalog(site.referentialVersion()));
            site.modules().size(); // loaded here, in the request: the workers read the sites detached
        }
        Set<Long> tallied = tallies.currentSites();
        List<List<IndicatorFigure>> figures = Workers.map(executor, READERS, read, site -> reader.read(site, from,
                to, period, asOf, catalogs.get(site.referentialVersion().id()), tallied.contains(site.id()), actor));
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (int s = 0; s < read.size(); s++) {
            Site site = read.get(s);
            for (IndicatorFigure f : figures.get(s)) {
                if (!f.computed()) {
                    continue;
                }
                Indicator i = indicators.computeIfAbsent(f.code(), c -> new Indicator(f.commitment(), c, f.label()));
                String label = period.label(f.periodStart());
                i.periods.add(label);
                if (f.value() != null) {
                    i.values.computeIfAbsent(label, k -> new TreeMap<>())
                            .computeIfAbsent(NATIONAL, k -> new ArrayList<>()).add(f.value());
                    i.values.get(label).computeIfAbsent(site.region(), k -> new ArrayList<>()).add(f.value());
                }
            }
        }
        TreeSet<String> regions = new TreeSet<>();
        read.forEach(s -> regions.add(s.region()));
        List<Distribution> out = new ArrayList<>();
        indicators.values().stream().sorted(Indicator.ORDER).forEach(i -> {
            for (String p : i.periods) {
                Map<String, List<Double>> byScope = i.values.getOrDefault(p, Map.of());
                out.add(distribution(i, p, NATIONAL, byScope.getOrDefault(NATIONAL, List.of())));
                for (String r : regions) {
                    out.add(distribution(i, p, r, byScope.getOrDefault(r, List.of())));
                }
            }
        });
        return new NationalIndicators(from, to, period.name(), asOf, read.size(), out);
    }

    private static Distribution distribution(Indicator i, String period, String scope, List<Double> values) {
        Spread s = Spread.of(values);
        return new Distribution(i.code, i.label, period, scope, s.sites(), s.mean(), s.median(), s.p10(), s.p90());
    }

    /** What the sites said of one indicator: its periods, and its values by period and scope. */
    private static final class Indicator {
        static final Comparator<Indicator> ORDER = Comparator.comparingInt((Indicator i) -> i.commitment)
                .thenComparingInt(i -> rank(i.code)).thenComparing(i -> i.code);

        final int commitment;
        final String code;
        final String label;
        final TreeSet<String> periods = new TreeSet<>();
        final Map<String, Map<String, List<Double>>> values = new TreeMap<>();

        Indicator(int commitment, String code, String label) {
            this.commitment = commitment;
            this.code = code;
            this.label = label;
        }

        /** 10 after 9: "I3.10" ranks after "I3.9". */
        static int rank(String code) {
            String tail = code.substring(code.lastIndexOf('.') + 1);
            return tail.matches("[0-9]{1,6}") ? Integer.parseInt(tail) : Integer.MAX_VALUE;
        }
    }
}
