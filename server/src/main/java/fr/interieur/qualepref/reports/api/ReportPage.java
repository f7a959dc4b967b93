package fr.interieur.qualepref.reports.api;

import static fr.interieur.qualepref.reports.api.Html.esc;

import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Percent;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import java.util.Locale;

/**
 * A report as one self-contained HTML page: inline style, inline SVG charts, no script, no external asset (a page
 * mailed to a préfet opens the same offline). Printable: a section does not break inside a chart.
 */
public final class ReportPage {

    private static final String STYLE = "body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:2em;color:#111;"
            + "max-width:1100px}h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;"
            + "border-bottom:2px solid #1f4e9c}.facts{color:#444;margin:0}.facts li{display:inline;margin-right:1.5em}"
            + "table{border-collapse:collapse;font-size:.85em;margin:.6em 0}"
            + "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}"
            + "th{background:#eef2fa}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "figure{margin:.8em 0}figcaption{font-weight:600;margin-bottom:.3em}"
            + "svg.chart text{font-size:11px;fill:#222}svg.chart text.a{fill:#555;font-size:10px}"
            + "p.empty{color:#666;font-style:italic}"
            + "@media print{body{margin:0}figure,tr{page-break-inside:avoid}}";

    private ReportPage() {
    }

    public static String html(ReportDocument document) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(document.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(esc(document.title())).append("</h1>\n<ul class=\"facts\">");
        for (String fact : document.facts()) {
            b.append("<li>").append(esc(fact)).append("</li>");
        }
        b.append("</ul>\n");
        for (Section s : document.sections()) {
            b.append("<section><h2>").append(esc(s.title())).append("</h2>\n");
            if (s.chart() != null && !s.chart().categories().isEmpty()) {
                b.append(SvgCharts.svg(s.chart())).append("</figure>\n");
            }
            if (s.rows().isEmpty()) {
                b.append("<p class=\"empty\">Aucune ligne.</p>\n</section>\n");
                continue;
            }
            b.append("<table><thead><tr>");
            for (String c : s.columns()) {
                b.append("<th>").append(esc(c)).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            for (var row : s.rows()) {
                b.append("<tr>");
                for (Object cell : row) {
                    boolean number = cell instanceof Number || cell instanceof Percent;
                    b.append(number ? "<td class=\"n\">" : "<td>").append(esc(text(cell))).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody></table>\n</section>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double v = ((Number) cell).doubleValue();
            return v == Math.rint(v) ? String.format(Locale.FRANCE, "%,d", (long) v)
                    : String.format(Locale.FRANCE, "%.2f", v);
        }
        return cell.toString();
    }
}
