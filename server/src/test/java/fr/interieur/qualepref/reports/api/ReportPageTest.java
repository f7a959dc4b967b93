package fr.interieur.qualepref.reports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import fr.interieur.qualepref.testing.Chromium;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page as a browser shows it: rendered by headless Chromium, its charts counted in the live DOM. */
class ReportPageTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"Corse\"";

    static ReportDocument document() {
        return new ReportDocument("sample-2026-12-01", "Rapport d'essai " + HOSTILE,
                List.of("Jour : 2026-12-01", "Cible : 100 %"),
                List.of(new Section("Par région", List.of("Région", "Sites", "Taux"),
                                List.of(List.of("Bretagne", 5, new Percent(0.8)), List.of(HOSTILE, 2, new Percent(0.5)),
                                        List.of("Corse", 2, new Percent(0))),
                                Chart.bars("Couverture par région", List.of("Bretagne", HOSTILE, "Corse"),
                                        List.of(new Chart.Series("labellisés", List.of(0.8, 0.5, 0.0))), true, 1.0)),
                        new Section("Écarts", List.of("Référence", "PS", "NC min", "NC maj"),
                                List.of(List.of("17", 3, 2, 1), List.of("IV.5", 0, 1, 0)),
                                Chart.stacked("Écarts par engagement", List.of("17", "IV.5"),
                                        List.of(new Chart.Series("points sensibles", List.of(3.0, 0.0)),
                                                new Chart.Series("NC mineures", List.of(2.0, 1.0)),
                                                new Chart.Series("NC majeures", List.of(1.0, 0.0))))),
                        new Section("Indicateurs", List.of("Indicateur", "p10", "médiane", "p90", "moyenne"),
                                List.of(Arrays.asList("I17.1", 0.6, 0.8, 0.95, 0.78),
                                        Arrays.asList("I17.2", null, null, null, null)),
                                Chart.ranges("Distribution entre sites", List.of("I17.1", "I17.2"),
                                        Arrays.asList(0.6, null), Arrays.asList(0.8, null),
                                        Arrays.asList(0.95, null), Arrays.asList(0.78, null), true)),
                        Section.table("Sites non labellisés", List.of("Site", "Prochain audit"),
                                List.of(List.of("13-AIX", LocalDate.of(2027, 3, 15))))));
    }

    static Path page;
    static String html;

    @BeforeAll
    static void write(@TempDir Path dir) throws Exception {
        html = ReportPage.html(document());
        page = dir.resolve("report.html");
        Files.writeString(page, html);
    }

    @Test
    void isSelfContainedAndEscapesEveryText() {
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Corse&quot;");
        assertThat(html).contains("<td class=\"n\">80,0 %</td>").contains("<td>2027-03-15</td>");
    }

    @Test
    void chromiumRendersEveryChartWithItsBars() {
        String dom = Chromium.dom(page);
        assertThat(count(dom, "<svg class=\"chart chart-bars\"")).isEqualTo(1);
        assertThat(count(dom, "<svg class=\"chart chart-stacked\"")).isEqualTo(1);
        assertThat(count(dom, "<svg class=\"chart chart-ranges\"")).isEqualTo(1);
        // bars: 3 regions; stacked: 3 + 1 non-empty segments; ranges: one band (the other indicator has no site)
        assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(3 + 4);
        assertThat(count(dom, "<rect class=\"bar range\"")).isEqualTo(1);
        assertThat(count(dom, "<line class=\"target\"")).isEqualTo(1);
        assertThat(dom).contains("aucun site");
        // the hostile label is text in the browser, not an element
        assertThat(dom).doesNotContain("<script>alert");
        assertThat(widthOfFirstBar(dom)).isEqualTo("336.0"); // 80 % of the 420 px plot
    }

    @Test
    void theChartsArePaintedInTheScreenshot() {
        BufferedImage shot = Chromium.screenshot(page, 1100, 1600);
        // the first series' blue (#1f4e9c) covers the coverage bars and the legend keys: thousands of pixels
        assertThat(Chromium.pixelsOf(shot, 0x1f4e9c, 12)).isGreaterThan(2000);
        // the NC majeures red (#b3261e) of the stacked chart and the target line
        assertThat(Chromium.pixelsOf(shot, 0xb3261e, 12)).isGreaterThan(100);
    }

    @Test
    void aRowOfTheWrongWidthIsAProgrammingError() {
        assertThatThrownBy(() -> Section.table("x", List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
        assertThatThrownBy(() -> new ReportDocument("bad name/..", "t", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String widthOfFirstBar(String dom) {
        Matcher m = Pattern.compile("<rect class=\"bar\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")
                .matcher(dom);
        return m.find() ? m.group(1) : "none";
    }
}
