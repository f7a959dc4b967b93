package fr.interieur.qualepref.audits.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.governance.application.GovernanceReport;
import fr.interieur.qualepref.reports.api.ReportPage;
import fr.interieur.qualepref.reports.api.ReportWorkbook;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every national report lays itself out as a document whose tables and charts agree with its figures, and renders as
 * a page and a workbook — including with the empty lists and absent dates real data has.
 */
class ReportDocumentsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    static String render(Printable report) throws Exception {
        ReportDocument document = report.document();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportWorkbook.write(document, xlsx);
        assertThat(xlsx.size()).isGreaterThan(1000);
        return ReportPage.html(document);
    }

    @Test
    void coverage() throws Exception {
        var share = new CoverageReport.Share("Bretagne", 4, 3, 0.75);
        var report = new CoverageReport.Coverage(DAY, 1.0, new CoverageReport.Share("national", 4, 3, 0.75),
                List.of(share), List.of(new CoverageReport.Share("PREFECTURE", 4, 3, 0.75)),
                List.of(new CoverageReport.Missing("29", "Préfecture du Finistère", "Bretagne", "PREFECTURE",
                        "NOT_LABELLED", null, null)));
        String html = render(report);
        assertThat(report.document().name()).isEqualTo("coverage-2026-12-01");
        assertThat(html).contains("75,0 %", "Sites non labellisés (1)", "<line class=\"target\"");
    }

    @Test
    void modulesCalendarAndFindings() throws Exception {
        var adoption = new NationalReports.Adoption("Bretagne", 4, Map.of(1, 4, 2, 1));
        var modules = new NationalReports.ModuleAdoption(new NationalReports.Adoption("national", 4,
                new java.util.TreeMap<>(Map.of(1, 4, 2, 1))), List.of(adoption), List.of());
        assertThat(render(modules)).contains("Module 1", "M2", "25,0 %");

        var upcoming = new NationalReports.Entry(7, "35", "Préfecture d'Ille-et-Vilaine", "Bretagne", "internal",
                "SCHEDULED", DAY.plusDays(10), null);
        var calendar = new NationalReports.Calendar(DAY, List.of(upcoming), List.of(), List.of());
        assertThat(render(calendar)).contains("2026-12-11", "Aucune ligne.");
        assertThat(calendar.document().sections().get(0).chart().categories()).containsExactly("2026-12");

        var findings = new FindingsReport.Findings(DAY.minusYears(1), DAY, 2,
                new FindingsReport.Scope("national", List.of(new FindingsReport.Count("17", 2, 1, 3, 1))),
                List.of(new FindingsReport.Scope("Bretagne", List.of(new FindingsReport.Count("17", 2, 1, 3, 1)))));
        String html = render(findings);
        assertThat(html).contains("chart-stacked", "Par région");
        assertThat(findings.document().sections().get(1).rows()).containsExactly(List.of("Bretagne", "17", 2, 1, 3,
                1));
    }

    @Test
    void labelWarningsAndGovernance() throws Exception {
        var warnings = new CoverageReport.LabelWarnings(DAY, List.of(new CoverageReport.Warning("35", "Préfecture",
                "Bretagne", "PREFECTURE", DAY.plusMonths(4), null, "LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT",
                "the label ends on 2027-04-01")));
        assertThat(render(warnings)).contains("LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT", "2027-04-01");

        var line = new GovernanceReport.SiteLine("35", "Préfecture", "Bretagne", "PREFECTURE", "MET", "NOT_MET",
                "NOT_YET_DUE", 10, 7);
        var totals = new GovernanceReport.Totals("Bretagne", 1, 1, 0, 0, 10, 7, 1.0, 0.0, 0.7);
        var governance = new GovernanceReport.Governance(2026, DAY, totals, List.of(totals), List.of(line));
        String html = render(governance);
        assertThat(html).contains("70,0 %", "NOT_YET_DUE");
        assertThat(governance.document().sections().get(0).chart().series()).hasSize(3);
    }

    @Test
    void indicatorsSplitRatesFromDelaysAndKeepEveryDistributionInTheTable() throws Exception {
        var report = new fr.interieur.qualepref.indicators.application.NationalIndicators(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), "QUARTER", DAY, 2, List.of(
                        new fr.interieur.qualepref.indicators.application.Distribution("I17.1", "Taux", "2026-Q1",
                                "national", 2, 0.7, 0.7, 0.5, 0.9),
                        new fr.interieur.qualepref.indicators.application.Distribution("I17.1", "Taux", "2026-Q2",
                                "national", 2, 0.8, 0.8, 0.6, 1.0),
                        new fr.interieur.qualepref.indicators.application.Distribution("I37.1", "Délai", "2026-Q2",
                                "national", 2, 6.5, 6.0, 3.0, 12.0),
                        new fr.interieur.qualepref.indicators.application.Distribution("I17.1", "Taux", "2026-Q2",
                                "Bretagne", 0, null, null, null, null)));
        ReportDocument document = report.document();
        assertThat(document.sections()).hasSize(3);
        assertThat(document.sections().get(0).chart().categories()).containsExactly("I17.1");
        assertThat(document.sections().get(0).chart().percent()).isTrue();
        assertThat(document.sections().get(0).title()).endsWith("2026-Q2");
        assertThat(document.sections().get(1).chart().categories()).containsExactly("I37.1");
        assertThat(document.sections().get(2).rows()).hasSize(4);
        assertThat(render(report)).contains("chart-ranges", "I37.1", "Bretagne");
    }
}
