package fr.interieur.qualepref.audits.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.audits.api.AuditViews.AuditView;
import fr.interieur.qualepref.audits.api.AuditViews.GridLineView;
import fr.interieur.qualepref.audits.api.AuditViews.GridView;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GridExportsTest {

    static final AuditView AUDIT = new AuditView(7, "13-AIX", "Sous-préfecture d'Aix <test>", "PACA", "internal",
            "CLOSED", LocalDate.parse("2027-01-15"), "auditeur", null, null, null, null, "2019", null,
            LocalDate.parse("2027-01-20"), null, null, "dmat", null);
    static final GridView GRID = new GridView(AUDIT, 2, 2, List.of(
            new GridLineView(1, 1, "COMMITMENT", "17", 1, "Nous vous répondons", "Examen du délai", null,
                    "POINT_SENSIBLE", "point sensible", "Délai \"moyen\", 12 jours; à revoir", "auditeur", null,
                    List.of(41L, 42L), null, null),
            new GridLineView(2, 2, "ITEM", "17.1", 1, "Courriers", "", "Pas de courrier <ici>", "NON_APPLICABLE",
                    "non applicable", null, null, null, List.of(), null, null)));

    @Test
    void theCsvHasOneRowPerLineWithStableHeadersAndQuoting() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(GridExports.csv(GRID))).getRecords();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(GridExports.CSV_HEADER);
        assertThat(rows.get(0).get("comment")).isEqualTo("Délai \"moyen\", 12 jours; à revoir");
        assertThat(rows.get(0).get("evidence")).isEqualTo("41 42");
        assertThat(rows.get(1).get("notApplicableWhy")).isEqualTo("Pas de courrier <ici>");
    }

    @Test
    void theHtmlReportEscapesEveryValueAndNeedsNoExternalAsset() {
        String html = GridExports.html(GRID);

        assertThat(html).contains("Sous-préfecture d&#39;Aix &lt;test&gt;", "Pas de courrier &lt;ici&gt;",
                "Délai &quot;moyen&quot;", "<td>point sensible</td><td>1</td>", "<td>non applicable</td><td>1</td>");
        assertThat(html).doesNotContain("<test>", "<ici>", "src=", "href=", "@import");
    }
}
