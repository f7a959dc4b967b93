package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
import fr.interieur.qualepref.audits.domain.SchedulingRules;
import fr.interieur.qualepref.sites.domain.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports that read only the national registries (sites, audit schedule): module adoption and the audit
 * calendar. Pure functions of their inputs; the resource passes the sites the caller may see.
 */
public final class NationalReports {

    private NationalReports() {
    }

    /** How many engaged sites of a group take each module (II.2). */
    public record Adoption(String key, int sites, Map<Integer, Integer> modules) {
    }

    public record ModuleAdoption(Adoption national, List<Adoption> byRegion, List<Adoption> byType) {
    }

    public static ModuleAdoption modules(List<Site> sites, Set<Integer> moduleNumbers) {
        List<Site> engaged = sites.stream().filter(Site::active).filter(Site::engaged).toList();
        return new ModuleAdoption(adoption("national", engaged, moduleNumbers),
                groups(engaged, Site::region, moduleNumbers), groups(engaged, s -> s.type().name(), moduleNumbers));
    }

    private static List<Adoption> groups(List<Site> sites, Function<Site, String> key, Set<Integer> modules) {
        Map<String, List<Site>> byKey = sites.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        return byKey.entrySet().stream().map(e -> adoption(e.getKey(), e.getValue(), modules)).toList();
    }

    private static Adoption adoption(String key, List<Site> sites, Set<Integer> modules) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int m : modules) {
            counts.put(m, (int) sites.stream().filter(s -> s.modules().contains(m)).count());
        }
        return new Adoption(key, sites.size(), counts);
    }

    /** One audit in the calendar. */
    public record Entry(long id, String site, String siteName, String region, String type, String status,
                        LocalDate date, String auditor) {

        static Entry of(Audit a) {
            return new Entry(a.id(), a.site().code(), a.site().name(), a.site().region(), a.type().slug(),
                    a.status().name(), a.scheduledOn(), a.auditorLogin());
        }
    }

    /**
     * @param upcoming open audits from today on, by date
     * @param overdue  open audits whose day has passed without the audit being closed
     * @param breaches open external audits with no internal audit or self-assessment in their V.2 window
     */
    public record Calendar(LocalDate on, List<Entry> upcoming, List<Entry> overdue, List<Entry> breaches) {
    }

    public static Calendar calendar(List<Audit> audits, LocalDate today) {
        List<Audit> open = audits.stream().filter(a -> a.status().open())
                .sorted(Comparator.comparing(Audit::scheduledOn).thenComparing(Audit::id)).toList();
        List<Entry> upcoming = open.stream().filter(a -> !a.scheduledOn().isBefore(today)).map(Entry::of).toList();
        List<Entry> overdue = open.stream().filter(a -> a.scheduledOn().isBefore(today)).map(Entry::of).toList();
        List<Entry> breaches = new ArrayList<>();
        Map<Long, List<Audit>> bySite = audits.stream().collect(Collectors.groupingBy(a -> a.site().id(),
                TreeMap::new, Collectors.toList()));
        for (List<Audit> siteAudits : bySite.values()) {
            List<PlannedAudit> planned = siteAudits.stream().map(Audit::planned).toList();
            Set<Long> unprepared = SchedulingRules.unprepared(planned).stream().map(PlannedAudit::id)
                    .collect(Collectors.toSet());
            siteAudits.stream().filter(a -> unprepared.contains(a.id())).map(Entry::of).forEach(breaches::add);
        }
        breaches.sort(Comparator.comparing(Entry::date).thenComparing(Entry::id));
        return new Calendar(today, upcoming, overdue, breaches);
    }
}
