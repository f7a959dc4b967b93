package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelRules;
import fr.interieur.qualepref.audits.domain.LabelStatus;
import fr.interieur.qualepref.audits.domain.PlannedAudit;
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
                           List<Missing> notLabelled) {
    }

    private CoverageReport() {
    }

    public static Coverage compute(List<Site> sites, List<Audit> audits, List<LabelDecision> decisions,
                                   LocalDate today) {
        Map<Long, List<Audit>> auditsBySite = audits.stream().collect(Collectors.groupingBy(a -> a.site().id()));
        Map<Long, AuditType> typeOfAudit = audits.stream().collect(Collectors.toMap(Audit::id, Audit::type));
        Map<Long, List<LabelDecision>> decisionsBySite = decisions.stream()
                .collect(Collectors.groupingBy(LabelDecision::siteId));
        List<Site> inScope = sites.stream().filter(Site::active).filter(Site::engaged)
                .sorted(Comparator.comparing(Site::code)).toList();
        Map<Long, LabelStatus> status = new HashMap<>();
        for (Site s : inScope) {
            List<LabelDecision> own = decisionsBySite.getOrDefault(s.id(), List.of());
            List<LabelRules.Decision> rules = own.stream().map(d -> d.rule(typeOfAudit.get(d.auditId()))).toList();
            List<PlannedAudit> planned = auditsBySite.getOrDefault(s.id(), List.of()).stream().map(Audit::planned)
                    .toList();
            Set<Long> decided = own.stream().map(LabelDecision::auditId).collect(Collectors.toSet());
            status.put(s.id(), LabelStatus.of(rules, planned, decided, today));
        }
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

    private static List<Share> shares(List<Site> sites, Function<Site, String> key,
                                      Function<List<Site>, int[]> count) {
        Map<String, List<Site>> groups = sites.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        return groups.entrySet().stream().map(e -> share(e.getKey(), count.apply(e.getValue()))).toList();
    }

    private static Share share(String key, int[] counts) {
        double rate = counts[0] == 0 ? 0 : Math.round(10000.0 * counts[1] / counts[0]) / 10000.0;
        return new Share(key, counts[0], counts[1], rate);
    }
}
