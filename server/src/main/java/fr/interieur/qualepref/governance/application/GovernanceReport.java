package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.application.GovernanceFigures.SiteFigures;
import fr.interieur.qualepref.governance.domain.CheckStatus;
import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.concurrency.Workers;
import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The national governance report: for a year, the engaged sites that held their comité des usagers (IV.5), their
 * bilan annuel (V.1) and their COFIL with minutes (IV.1), and the training compliance of their agents (IV.3) —
 * nationally, by region, and site by site. Each site's figures come from {@link GovernanceFigures} (one transaction
 * per site under its own row-level security, read by {@link #READERS} workers); this class only adds them up. Not
 * transactional itself on purpose.
 */
@ApplicationScoped
public class GovernanceReport {

    @Inject
    GovernanceFigures figures;

    @Inject
    CallerContext callers;

    /** The sites are read by a few workers at once, each site still in its own transaction and binding. */
    @Resource
    ManagedExecutorService executor;

    /** Workers: enough to overlap the database's round trips with the checks, few enough to leave the pool free. */
    static final int READERS = 4;

    /** One scope's totals; rates are over the engaged sites (and the agents with a training duty). */
    public record Totals(String key, int sites, int committeeMet, int annualReviewHeld, int cofilWithMinutes,
                         int agentsWithDuty, int agentsCompliant, double committeeRate, double annualReviewRate,
                         double trainingRate) {

        static Totals of(String key, List<SiteLine> lines) {
            int sites = lines.size();
            int committee = count(lines, l -> l.committeeMet().equals(CheckStatus.MET.name()));
            int review = count(lines, l -> l.annualReview().equals(CheckStatus.MET.name()));
            int cofil = count(lines, l -> l.cofilMinutes().equals(CheckStatus.MET.name()));
            int duty = lines.stream().mapToInt(SiteLine::agentsWithDuty).sum();
            int compliant = lines.stream().mapToInt(SiteLine::agentsCompliant).sum();
            return new Totals(key, sites, committee, review, cofil, duty, compliant, Percent.rate(committee, sites),
                    Percent.rate(review, sites), Percent.rate(compliant, duty));
        }

        private static int count(List<SiteLine> lines, Predicate<SiteLine> p) {
            return (int) lines.stream().filter(p).count();
        }
    }

    /** One site: the status of each check (MET, NOT_MET, NOT_YET_DUE) and its training counts. */
    public record SiteLine(String site, String name, String region, String type, String committeeMet,
                           String annualReview, String cofilMinutes, int agentsWithDuty, int agentsCompliant) {
    }

    public record Governance(int year, LocalDate on, Totals national, List<Totals> byRegion, List<SiteLine> sites)
            implements Printable {

        @Override
        public ReportDocument document() {
            List<String> regions = byRegion.stream().map(Totals::key).toList();
            return new ReportDocument("governance-" + year, "Gouvernance de la démarche qualité — " + year,
                    List.of("Année : " + year, "Évaluée le " + on, "Sites engagés : " + national.sites(),
                            "Comité des usagers réuni : " + new Percent(national.committeeRate()),
                            "Bilan annuel tenu : " + new Percent(national.annualReviewRate()),
                            "Agents à jour de formation : " + new Percent(national.trainingRate())),
                    List.of(new Section("Par région", List.of("Région", "Sites", "Comité des usagers (IV.5)",
                                    "Bilan annuel (V.1)", "COFIL avec compte rendu (IV.1)", "Agents soumis",
                                    "Agents à jour (IV.3)", "Taux comité", "Taux bilan", "Taux formation"),
                                    rows(byRegion), Chart.bars("Par région : comité des usagers réuni, bilan annuel "
                                            + "tenu, agents à jour de formation", regions, List.of(
                                                    new Chart.Series("comité des usagers", byRegion.stream()
                                                            .map(Totals::committeeRate).toList()),
                                                    new Chart.Series("bilan annuel", byRegion.stream()
                                                            .map(Totals::annualReviewRate).toList()),
                                                    new Chart.Series("formation", byRegion.stream()
                                                            .map(Totals::trainingRate).toList())), true, null)),
                            Section.table("National", List.of("Périmètre", "Sites", "Comité des usagers (IV.5)",
                                    "Bilan annuel (V.1)", "COFIL avec compte rendu (IV.1)", "Agents soumis",
                                    "Agents à jour (IV.3)", "Taux comité", "Taux bilan", "Taux formation"),
                                    rows(List.of(national))),
                            Section.table("Par site", List.of("Site", "Nom", "Région", "Type", "Comité des usagers",
                                    "Bilan annuel", "COFIL", "Agents soumis", "Agents à jour"), sites.stream()
                                    .map(s -> List.<Object>of(s.site(), s.name(), s.region(), s.type(),
                                            s.committeeMet(), s.annualReview(), s.cofilMinutes(), s.agentsWithDuty(),
                                            s.agentsCompliant())).toList())));
        }

        private static List<List<Object>> rows(List<Totals> totals) {
            return totals.stream().map(t -> List.<Object>of(t.key(), t.sites(), t.committeeMet(),
                    t.annualReviewHeld(), t.cofilWithMinutes(), t.agentsWithDuty(), t.agentsCompliant(),
                    new Percent(t.committeeRate()), new Percent(t.annualReviewRate()),
                    new Percent(t.trainingRate()))).toList();
        }
    }

    /** {@code sites}: the sites the caller may see; the engaged active ones are in the report. */
    public Governance compute(List<Site> sites, int year, LocalDate on) {
        Caller caller = callers.required();
        AuditTrail.Actor reader = new AuditTrail.Actor(caller.userId(), caller.login());
        List<Site> inScope = sites.stream().filter(Site::active).filter(Site::engaged)
                .sorted(Comparator.comparing(Site::code)).toList();
        // A failure of any site fails the report: no partial figures.
        List<SiteFigures> read = Workers.map(executor, READERS, inScope, s -> figures.of(s.id(), year, on, reader));
        List<SiteLine> lines = new ArrayList<>();
        for (int i = 0; i < inScope.size(); i++) {
            Site s = inScope.get(i);
            SiteFigures f = read.get(i);
            lines.add(new SiteLine(s.code(), s.name(), s.region(), s.type().name(), f.committeeMet().name(),
                    f.annualReview().name(), f.cofilMinutes().name(), f.agentsWithDuty(), f.agentsCompliant()));
        }
        Map<String, List<SiteLine>> byRegion = new TreeMap<>();
        lines.forEach(l -> byRegion.computeIfAbsent(l.region(), r -> new ArrayList<>()).add(l));
        return new Governance(year, on, Totals.of("national", lines),
                byRegion.entrySet().stream().map(e -> Totals.of(e.getKey(), e.getValue())).toList(), lines);
    }
}
