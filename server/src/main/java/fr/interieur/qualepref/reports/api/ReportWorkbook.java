package fr.interieur.qualepref.reports.api;

import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a spreadsheet (fastexcel, streamed): a first sheet with the title and the facts, then one sheet per
 * section with a bold header row. Numbers stay numbers, rates are numbers with a percent format, dates are dates,
 * so a reader can sort, filter and chart them again.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    public static void write(ReportDocument document, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Qual-e-pref", "1.0");
        Worksheet cover = wb.newWorksheet("Rapport");
        cover.value(0, 0, document.title());
        cover.style(0, 0).bold().fontSize(14).set();
        for (int i = 0; i < document.facts().size(); i++) {
            cover.value(i + 2, 0, document.facts().get(i));
        }
        Set<String> names = new HashSet<>(Set.of("rapport"));
        for (Section s : document.sections()) {
            Worksheet ws = wb.newWorksheet(sheetName(s.title(), names));
            for (int c = 0; c < s.columns().size(); c++) {
                ws.value(0, c, s.columns().get(c));
                ws.style(0, c).bold().fillColor("EEF2FA").set();
            }
            for (int r = 0; r < s.rows().size(); r++) {
                var row = s.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(ws, r + 1, c, row.get(c));
                }
            }
            ws.freezePane(0, 1);
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Percent p) {
            ws.value(r, c, p.value());
            ws.style(r, c).format("0.0%").set();
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else {
            ws.value(r, c, value.toString());
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique without regard to case. */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Section";
        }
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
