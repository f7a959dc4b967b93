package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.api.AuditViews.GridLineView;
import fr.interieur.qualepref.audits.api.AuditViews.GridView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The grid as CSV (one row per line, stable headers) and as a printable, self-contained HTML report. */
final class GridExports {

    static final String[] CSV_HEADER = {"position", "kind", "reference", "module", "title", "verdict",
            "verdictLabel", "comment", "notApplicableWhy", "evidence", "assessedBy", "assessedAt"};

    private GridExports() {
    }

    static String csv(GridView grid) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (GridLineView l : grid.grid()) {
                printer.printRecord(l.position(), l.kind(), l.reference(), l.module(), l.title(), l.verdict(),
                        l.verdictLabel(), l.comment(), l.notApplicableWhy(),
                        l.evidence().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        l.assessedBy(), l.assessedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One page, no external asset, printable (A4 in the browser's print dialog). Every value is escaped. */
    static String html(GridView grid) {
        var a = grid.audit();
        Map<String, Long> counts = grid.grid().stream().collect(Collectors.groupingBy(GridLineView::verdictLabel,
                TreeMap::new, Collectors.counting()));
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<title>Rapport d'audit ").append(a.id()).append(" — ").append(esc(a.siteName()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#111}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9em}")
                .append("th,td{border:1px solid #999;padding:.3em;vertical-align:top;text-align:left}")
                .append("tr.COMMITMENT td,tr.REQUIREMENT td{background:#eef}")
                .append(".v-NON_CONFORMITE_MAJEURE{color:#a00;font-weight:bold}")
                .append(".v-NON_CONFORMITE_MINEURE,.v-POINT_SENSIBLE{color:#a50}")
                .append("@media print{body{margin:0}tr{page-break-inside:avoid}}")
                .append("</style></head><body>\n")
                .append("<h1>Rapport d'audit — ").append(esc(a.siteName())).append(" (").append(esc(a.site()))
                .append(")</h1>\n<p>").append(esc(a.type())).append(" du ").append(a.date())
                .append(" · statut ").append(esc(a.status()))
                .append(a.auditor() == null ? "" : " · auditeur " + esc(a.auditor()))
                .append(a.reportOn() == null ? "" : " · rapport du " + a.reportOn())
                .append(" · référentiel ").append(esc(a.referentialVersion())).append("</p>\n")
                .append("<h2>Synthèse</h2>\n<table><tr><th>Verdict</th><th>Lignes</th></tr>\n");
        counts.forEach((verdict, n) -> b.append("<tr><td>").append(esc(verdict)).append("</td><td>").append(n)
                .append("</td></tr>\n"));
        b.append("</table>\n<h2>Grille</h2>\n<table><tr><th>Réf.</th><th>Engagement / exigence</th>")
                .append("<th>Méthode de contrôle</th><th>Verdict</th><th>Commentaire</th><th>Preuves</th></tr>\n");
        for (GridLineView l : grid.grid()) {
            b.append("<tr class=\"").append(l.kind()).append("\"><td>").append(esc(l.reference())).append("</td><td>")
                    .append(esc(l.title())).append("</td><td>").append(esc(l.controlMethods()).replace("\n", "<br>"))
                    .append("</td><td class=\"v-").append(l.verdict()).append("\">").append(esc(l.verdictLabel()))
                    .append("</td><td>").append(esc(l.comment() == null ? l.notApplicableWhy() : l.comment()))
                    .append("</td><td>").append(l.evidence().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))).append("</td></tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    static String esc(String text) {
        return fr.interieur.qualepref.reports.api.Html.esc(text);
    }
}
