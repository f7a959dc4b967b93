package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelRules;
import fr.interieur.qualepref.audits.domain.LabelStatus;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import fr.interieur.qualepref.sites.domain.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The label coverage of a set of sites on a day: labelled sites against the sites in scope, nationally, by region and
 * by site type, with the sites not labelled and why. In scope: every active engaged site (II.2 obliges the
 * préfectures, the Préfecture de police and the sites with a CERT to engage; a sous-préfecture that chose to engage is
 * in scope too). The target is 100 % (II.2). Computed from the national schedule and label registry only: no
 * site record is read.
 */
public final class CoverageReport {

    public static final double TARGET = 1.0;

    public record Share(String key, int inScope, int labelled, double rate) {
    }

    public record Missing(String site, String name, String region, String type, String state, String reason,
                          LocalDate nextExternalAudit) {
    }

    public record Coverage(LocalDate on, double target, Share national, List<Share> byRegion, List<Share> byType,
                           List<Missing> notLabelled) implements Printable {

        @Override
        public ReportDocument document() {
            return new ReportDocument("coverage-" + on, "Couverture du label Qual-e-pref au " + on,
                    List.of("Jour : " + on, "Cible : " + Math.round(100 * target) + " % des sites engagés (II.2)",
                            "National : " + national.labelled() + " labellisés sur " + national.inScope() + " ("
                                    + new Percent(national.rate()) + ")"),
                    List.of(shares("Par région", "Région", byRegion), shares("Par type de site", "Type", byType),
                            Section.table("Sites non labellisés (" + notLabelled.size() + ")",
                                    List.of("Site", "Nom", "Région", "Type", "État", "Motif", "Prochain audit externe"),
                                    notLabelled.stream().map(m -> List.<Object>of(m.site(), m.name(), m.region(),
                                            m.type(), m.state(), m.reason() == null ? "" : m.reason(),
                                            m.nextExternalAudit() == null ? "" : m.nextExternalAudit())).toList())));
        }

        private Section shares(String title, String key, List<Share> shares) {
            return new Section(title, List.of(key, "Sites engagés", "Labellisés", "Taux"),
                    shares.stream().map(s -> List.<Object>of(s.key(), s.inScope(), s.labelled(),
                            new Percent(s.rate()))).toList(),
                    Chart.bars("Part des sites engagés labellisés — " + title.toLowerCase(java.util.Locale.ROOT),
                            shares.stream().map(Share::key).toList(),
                            List.of(new Chart.Series("labellisés", shares.stream().map(Share::rate).toList())),
                            true, target));
        }
    }

    private CoverageReport() {
    }

    public static Coverage compute(List<Site> sites, List<Audit> audits, List<LabelDecision> decisions,
                                   LocalDate today) {
        List<Site> inScope = inScope(sites);
        Map<Long, LabelStatus> status = statuses(inScope, audits, decisions, today);
        Function<List<Site>, int[]> count = group -> new int[] {group.size(),
                (int) group.stream().filter(s -> status.get(s.id()).state().equals("LABELLED")).count()};
        List<Missing> missing = new ArrayList<>();
        for (Site s : inScope) {
            LabelStatus st = status.get(s.id());
            if (!st.state().equals("LABELLED")) {
                missing.add(new Missing(s.code(), s.name(), s.region(), s.type().name(), st.state(), st.reason(),
                        st.nextExternal()));
            }
        }
        return new Coverage(today, TARGET, share("national", count.apply(inScope)),
                shares(inScope, Site::region, count), shares(inScope, s -> s.type().name(), count), missing);
    }

    /** Every active engaged site, by code: the sites II.2 wants labelled. */
    private static List<Site> inScope(List<Site> sites) {
        return sites.stream().filter(Site::active).filter(Site::engaged).sorted(Comparator.comparing(Site::code))
                .toList();
    }

    /** The label of each site on the day, from the national schedule and label registry. */
    private static Map<Long, LabelStatus> statuses(List<Site> sites, List<Audit> audits,
                                                   List<LabelDecision> decisions, LocalDate today) {
        Map<Long, List<Audit>> auditsBySite = audits.stream().collect(Collectors.groupingBy(a -> a.site().id()));
        Map<Long, AuditType> typeOfAudit = audits.stream().collect(Collectors.toMap(Audit::id, Audit::type));
        Map<Long, List<LabelDecision>> decisionsBySite = decisions.stream()
                .collect(Collectors.groupingBy(LabelDecision::siteId));
        Map<Long, LabelStatus> status = new HashMap<>();
        for (Site s : sites) {
            List<LabelDecision> own = decisionsBySite.getOrDefault(s.id(), List.of());
            List<LabelRules.Decision> rules = own.stream().map(d -> d.rule(typeOfAudit.get(d.auditId()))).toList();
            List<PlannedAudit> planned = auditsBySite.getOrDefault(s.id(), List.of()).stream().map(Audit::planned)
                    .toList();
            Set<Long> decided = own.stream().map(LabelDecision::auditId).collect(Collectors.toSet());
            status.put(s.id(), LabelStatus.of(rules, planned, decided, today));
        }
        return status;
    }

    /** One warning on a site's label: its code (e.g. LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT) and what it says. */
    public record Warning(String site, String name, String region, String type, LocalDate validUntil,
                          LocalDate followUpDue, String code, String message) {
    }

    /** The labels in force that need the DMAT's attention on a day (LabelRules: expiry within 6 months, follow-up). */
    public record LabelWarnings(LocalDate on, List<Warning> warnings) implements Printable {

        @Override
        public ReportDocument document() {
            Map<String, Long> byCode = warnings.stream().collect(Collectors.groupingBy(Warning::code, TreeMap::new,
                    Collectors.counting()));
            List<String> codes = List.copyOf(byCode.keySet());
            return new ReportDocument("labels-" + on, "Labels à surveiller au " + on,
                    List.of("Jour : " + on, "Alertes : " + warnings.size()),
                    List.of(new Section("Alertes", List.of("Site", "Nom", "Région", "Type", "Fin de validité",
                            "Audit de suivi dû", "Alerte", "Détail"), warnings.stream()
                            .map(w -> java.util.Arrays.<Object>asList(w.site(), w.name(), w.region(), w.type(),
                                    w.validUntil(), w.followUpDue(), w.code(), w.message())).toList(),
                            Chart.bars("Alertes par nature", codes, List.of(new Chart.Series("sites",
                                    codes.stream().map(c -> (double) byCode.get(c)).toList())), false, null))));
        }
    }

    public static LabelWarnings warnings(List<Site> sites, List<Audit> audits, List<LabelDecision> decisions,
                                         LocalDate today) {
        List<Site> inScope = inScope(sites);
        Map<Long, LabelStatus> status = statuses(inScope, audits, decisions, today);
        List<Warning> warnings = new ArrayList<>();
        for (Site s : inScope) {
            LabelStatus st = status.get(s.id());
            for (String w : st.warnings()) {
                int colon = w.indexOf(':');
                warnings.add(new Warning(s.code(), s.name(), s.region(), s.type().name(), st.validUntil(),
                        st.followUpDue(), colon < 0 ? w : w.substring(0, colon),
                        colon < 0 ? w : w.substring(colon + 1).strip()));
            }
        }
        warnings.sort(Comparator.comparing((Warning w) -> w.validUntil() == null ? LocalDate.MAX : w.validUntil())
                .thenComparing(Warning::site).thenComparing(Warning::code));
        return new LabelWarnings(today, warnings);
    }

    private static List<Share> shares(List<Site> sites, Function<Site, String> key,
                                      Function<List<Site>, int[]> count) {
        Map<String, List<Site>> groups = sites.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        return groups.entrySet().stream().map(e -> share(e.getKey(), count.apply(e.getValue()))).toList();
    }

    private static Share share(String key, int[] counts) {
        return new Share(key, counts[0], counts[1], Percent.rate(counts[1], counts[0]));
    }
}
