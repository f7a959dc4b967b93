package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
import fr.interieur.qualepref.audits.domain.SchedulingRules;
import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
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

    public record ModuleAdoption(Adoption national, List<Adoption> byRegion, List<Adoption> byType)
            implements Printable {

        @Override
        public ReportDocument document() {
            List<Integer> modules = List.copyOf(national.modules().keySet());
            List<String> names = modules.stream().map(m -> "Module " + m).toList();
            List<List<Object>> rows = modules.stream().map(m -> List.<Object>of("Module " + m,
                    national.modules().get(m), new Percent(Percent.rate(national.modules().get(m), national.sites()))))
                    .toList();
            return new ReportDocument("modules", "Adoption des modules du référentiel Qual-e-pref",
                    List.of("Sites engagés : " + national.sites(), "Modules : " + modules.size() + " (II.2)"),
                    List.of(new Section("National", List.of("Module", "Sites", "Part des sites engagés"), rows,
                                    Chart.bars("Part des sites engagés qui ont retenu chaque module", names,
                                            List.of(new Chart.Series("sites engagés", modules.stream()
                                                    .map(m -> Percent.rate(national.modules().get(m), national.sites()))
                                                    .toList())), true, null)),
                            groups("Par région", "Région", modules, byRegion),
                            groups("Par type de site", "Type", modules, byType)));
        }

        private static Section groups(String title, String key, List<Integer> modules, List<Adoption> groups) {
            List<String> columns = new ArrayList<>(List.of(key, "Sites"));
            modules.forEach(m -> columns.add("M" + m));
            List<List<Object>> rows = groups.stream().map(g -> {
                List<Object> row = new ArrayList<>(List.of(g.key(), g.sites()));
                modules.forEach(m -> row.add(g.modules().get(m)));
                return row;
            }).toList();
            return new Section(title, columns, rows, Chart.bars("Part des sites engagés par module — "
                    + title.toLowerCase(java.util.Locale.ROOT), groups.stream().map(Adoption::key).toList(),
                    modules.stream().map(m -> new Chart.Series("M" + m, groups.stream()
                            .map(g -> Percent.rate(g.modules().get(m), g.sites())).toList())).toList(), true, null));
        }
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
    public record Calendar(LocalDate on, List<Entry> upcoming, List<Entry> overdue, List<Entry> breaches)
            implements Printable {

        static final List<String> COLUMNS = List.of("Audit", "Site", "Nom", "Région", "Type", "Statut", "Date",
                "Auditeur");

        @Override
        public ReportDocument document() {
            Map<String, Long> byMonth = upcoming.stream().collect(Collectors.groupingBy(
                    e -> e.date().toString().substring(0, 7), TreeMap::new, Collectors.counting()));
            List<String> months = byMonth.keySet().stream().limit(24).toList();
            return new ReportDocument("audits-" + on, "Calendrier des audits au " + on,
                    List.of("Jour : " + on, "À venir : " + upcoming.size(), "En retard : " + overdue.size(),
                            "Audits externes sans audit interne ni auto-évaluation préalable (V.2) : "
                                    + breaches.size()),
                    List.of(new Section("Audits à venir", COLUMNS, rows(upcoming), Chart.bars(
                                    "Audits à venir par mois", months, List.of(new Chart.Series("audits",
                                            months.stream().map(m -> (double) byMonth.get(m)).toList())), false,
                                    null)),
                            Section.table("Audits en retard", COLUMNS, rows(overdue)),
                            Section.table("Règle de l'audit interne préalable (V.2) non respectée", COLUMNS,
                                    rows(breaches))));
        }

        private static List<List<Object>> rows(List<Entry> entries) {
            return entries.stream().map(e -> java.util.Arrays.<Object>asList(e.id(), e.site(), e.siteName(),
                    e.region(), e.type(), e.status(), e.date(), e.auditor())).toList();
        }
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
