package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditStatus;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The commitments (and requirements) with the most findings in the audits closed over a period, nationally and by
 * region. Grid lines are site records: each site with closed audits in the period is bound in turn (ADR 0004: the
 * national path iterates over sites, it never lifts a policy), only counts leave the site, and the read is written to
 * that site's audit trail. An item's findings count for its commitment ("17.2" for 17).
 */
@ApplicationScoped
@Transactional
public class FindingsReport {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Inject
    TenantBinding binding;

    @Inject
    AuditTrail trail;

    @Inject
    CallerContext callers;

    /** Findings of one commitment or requirement in a scope. */
    public record Count(String reference, int sites, int pointsSensibles, int minor, int major) {

        int total() {
            return pointsSensibles + minor + major;
        }
    }

    public record Scope(String key, List<Count> references) {
    }

    public record Findings(LocalDate from, LocalDate to, int auditsRead, Scope national, List<Scope> byRegion)
            implements Printable {

        static final List<String> COLUMNS = List.of("Référence", "Sites", "Points sensibles", "NC mineures",
                "NC majeures");

        @Override
        public ReportDocument document() {
            List<Count> top = national.references().stream().limit(20).toList();
            List<String> refs = top.stream().map(Count::reference).toList();
            List<List<Object>> regional = new ArrayList<>();
            for (Scope region : byRegion) {
                region.references().forEach(c -> regional.add(List.of(region.key(), c.reference(), c.sites(),
                        c.pointsSensibles(), c.minor(), c.major())));
            }
            return new ReportDocument("findings-" + from + "-" + to, "Écarts relevés en audit du " + from + " au " + to,
                    List.of("Période : " + from + " – " + to, "Audits clos lus : " + auditsRead),
                    List.of(new Section("National", COLUMNS, national.references().stream()
                                    .map(c -> List.<Object>of(c.reference(), c.sites(), c.pointsSensibles(), c.minor(),
                                            c.major())).toList(),
                                    Chart.stacked("Engagements et exigences qui comptent le plus d'écarts", refs,
                                            List.of(new Chart.Series("points sensibles", top.stream()
                                                            .map(c -> (double) c.pointsSensibles()).toList()),
                                                    new Chart.Series("NC mineures", top.stream()
                                                            .map(c -> (double) c.minor()).toList()),
                                                    new Chart.Series("NC majeures", top.stream()
                                                            .map(c -> (double) c.major()).toList())))),
                            Section.table("Par région", List.of("Région", "Référence", "Sites", "Points sensibles",
                                    "NC mineures", "NC majeures"), regional)));
        }
    }

    private record Row(String site, String region, String reference, String verdict, int count) {
    }

    public Findings compute(List<Site> sites, List<Audit> audits, LocalDate from, LocalDate to) {
        Map<Long, Site> visible = sites.stream().collect(Collectors.toMap(Site::id, s -> s));
        Map<Long, List<Long>> closedBySite = audits.stream()
                .filter(a -> a.status() == AuditStatus.CLOSED && a.reportOn() != null)
                .filter(a -> !a.reportOn().isBefore(from) && !a.reportOn().isAfter(to))
                .filter(a -> visible.containsKey(a.site().id()))
                .collect(Collectors.groupingBy(a -> a.site().id(), TreeMap::new,
                        Collectors.mapping(Audit::id, Collectors.toList())));
        Caller caller = callers.required();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> e : closedBySite.entrySet()) {
            Site site = visible.get(e.getKey());
            binding.bind(site.id());
            @SuppressWarnings("unchecked")
            List<Object[]> counts = em.createNativeQuery("SELECT reference, verdict, count(*) FROM audit_line "
                            + "WHERE audit_id = ANY (CAST(?1 AS bigint[])) AND verdict IN ('POINT_SENSIBLE', "
                            + "'NON_CONFORMITE_MINEURE', 'NON_CONFORMITE_MAJEURE') GROUP BY reference, verdict")
                    .setParameter(1, e.getValue().stream().map(String::valueOf)
                            .collect(Collectors.joining(",", "{", "}")))
                    .getResultList();
            for (Object[] c : counts) {
                rows.add(new Row(site.code(), site.region(), commitmentOf((String) c[0]), (String) c[1],
                        ((Number) c[2]).intValue()));
            }
            trail.record(new AuditTrail.Actor(caller.userId(), caller.login()), site.id(), "AuditLine", "*",
                    "READ", null, "findings report " + from + "…" + to);
        }
        int auditsRead = closedBySite.values().stream().mapToInt(List::size).sum();
        Map<String, List<Row>> byRegion = rows.stream().collect(Collectors.groupingBy(Row::region, TreeMap::new,
                Collectors.toList()));
        return new Findings(from, to, auditsRead, scope("national", rows),
                byRegion.entrySet().stream().map(r -> scope(r.getKey(), r.getValue())).toList());
    }

    /** "17.2" counts for commitment 17; "IV.2" and "17" are themselves. */
    static String commitmentOf(String reference) {
        return reference.matches("[0-9]+\\.[0-9]+") ? reference.substring(0, reference.indexOf('.')) : reference;
    }

    private static Scope scope(String key, List<Row> rows) {
        Map<String, List<Row>> byReference = rows.stream().collect(Collectors.groupingBy(Row::reference));
        List<Count> counts = byReference.entrySet().stream().map(e -> new Count(e.getKey(),
                        (int) e.getValue().stream().map(Row::site).distinct().count(),
                        sum(e.getValue(), "POINT_SENSIBLE"), sum(e.getValue(), "NON_CONFORMITE_MINEURE"),
                        sum(e.getValue(), "NON_CONFORMITE_MAJEURE")))
                .sorted(Comparator.comparingInt(Count::major).reversed()
                        .thenComparing(Comparator.comparingInt(Count::minor).reversed())
                        .thenComparing(Comparator.comparingInt(Count::total).reversed())
                        .thenComparing(Count::reference))
                .toList();
        return new Scope(key, counts);
    }

    private static int sum(List<Row> rows, String verdict) {
        return rows.stream().filter(r -> r.verdict().equals(verdict)).mapToInt(Row::count).sum();
    }
}
