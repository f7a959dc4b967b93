package fr.interieur.qualepref.reports.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    @Test
    void oneSheetPerSectionWithNumbersKeptAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(ReportPageTest.document(), out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Rapport", "Par région", "Écarts",
                    "Indicateurs", "Sites non labellisés");
            List<Row> cover = sheets.get(0).read();
            assertThat(cover.get(0).getCellText(0)).startsWith("Rapport d'essai <script>");
            List<Row> regions = sheets.get(1).read();
            assertThat(regions.get(0).getCellText(0)).isEqualTo("Région");
            assertThat(regions.get(1).getCellText(0)).isEqualTo("Bretagne");
            assertThat(regions.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue())
                    .isEqualTo(5));
            assertThat(regions.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.doubleValue())
                    .isEqualTo(0.8));
            List<Row> indicators = sheets.get(3).read();
            assertThat(indicators.get(2).getCellText(0)).isEqualTo("I17.2");
            assertThat(indicators.get(2).getOptionalCell(1).map(c -> c.getRawValue()).orElse(null)).isNull();
            List<Row> sites = sheets.get(4).read();
            assertThat(sites.get(1).getCellAsDate(1)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .hasToString("2027-03-15"));
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        Set<String> taken = new HashSet<>(Set.of("rapport"));
        assertThat(ReportWorkbook.sheetName("Rapport", taken)).isEqualTo("Rapport (2)");
        assertThat(ReportWorkbook.sheetName("a/b:c*d?[e]\\f", taken)).isEqualTo("a b c d  e  f");
        String longTitle = "Règle de l'audit interne préalable (V.2) non respectée";
        String first = ReportWorkbook.sheetName(longTitle, taken);
        String second = ReportWorkbook.sheetName(longTitle, taken);
        assertThat(first).hasSizeLessThanOrEqualTo(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualTo(first);
    }
}
