package fr.interieur.qualepref.reports.api;

import static fr.interieur.qualepref.reports.api.Html.esc;

import fr.interieur.qualepref.reports.domain.Chart;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a {@link Chart} as inline SVG. Hand-written on purpose: the charting libraries of the JVM (JFreeChart with
 * JFreeSVG, XChart) draw through java.awt, so a headless server would need fonts and fontconfig on its host to measure
 * text, and would freeze the text layout at generation time; plain SVG with text left to the browser has neither
 * problem, needs no script, and stays readable when printed. Three kinds of chart only (see {@link Chart}).
 * Every label is escaped; every figure is a number the code formats itself.
 */
final class SvgCharts {

    static final String[] PALETTE = {"#1f4e9c", "#e07b00", "#b3261e", "#2e7d32", "#6a3d9a", "#00838f"};

    private static final int LABEL = 230;
    private static final int PLOT = 420;
    private static final int VALUE = 70;
    private static final int WIDTH = LABEL + PLOT + VALUE;
    private static final int BAR = 14;
    /** The height of the legend row above the bars. */
    private static final int LEGEND = 22;

    private SvgCharts() {
    }

    static String svg(Chart chart) {
        return switch (chart.kind()) {
            case BARS -> bars(chart);
            case STACKED -> stacked(chart);
            case RANGES -> ranges(chart);
        };
    }

    private static String bars(Chart chart) {
        int n = chart.series().size();
        int row = n * BAR + 10;
        double max = chart.percent() ? 1.0 : Math.max(1e-9, chart.series().stream()
                .flatMap(s -> s.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max()
                .orElse(1));
        int top = LEGEND;
        int height = top + chart.categories().size() * row + 24;
        StringBuilder b = open(chart, height);
        legend(b, chart.series().stream().map(Chart.Series::name).toList());
        for (int c = 0; c < chart.categories().size(); c++) {
            int y = top + c * row;
            label(b, chart.categories().get(c), y + row / 2);
            for (int s = 0; s < n; s++) {
                Double v = chart.series().get(s).values().get(c);
                int yb = y + 4 + s * BAR;
                double w = v == null ? 0 : PLOT * Math.max(0, v) / max;
                b.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(yb)
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR - 2)
                        .append("\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"><title>")
                        .append(esc(chart.categories().get(c) + " · " + chart.series().get(s).name() + " : "
                                + value(v, chart.percent()))).append("</title></rect>");
                b.append("<text x=\"").append(fmt(LABEL + w + 4)).append("\" y=\"").append(yb + BAR - 4)
                        .append("\" class=\"v\">").append(esc(value(v, chart.percent()))).append("</text>");
            }
        }
        target(b, chart, max, top, height - 24);
        axis(b, max, chart.percent(), height - 22);
        return b.append("</svg>").toString();
    }

    private static String stacked(Chart chart) {
        int row = BAR + 10;
        double max = 1e-9;
        for (int c = 0; c < chart.categories().size(); c++) {
            max = Math.max(max, total(chart, c));
        }
        int top = LEGEND;
        int height = top + chart.categories().size() * row + 24;
        StringBuilder b = open(chart, height);
        legend(b, chart.series().stream().map(Chart.Series::name).toList());
        for (int c = 0; c < chart.categories().size(); c++) {
            int y = top + c * row;
            label(b, chart.categories().get(c), y + row / 2);
            double x = LABEL;
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                double w = v == null ? 0 : PLOT * Math.max(0, v) / max;
                if (w > 0) {
                    b.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 4)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR)
                            .append("\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"><title>")
                            .append(esc(chart.categories().get(c) + " · " + chart.series().get(s).name() + " : "
                                    + value(v, false))).append("</title></rect>");
                }
                x += w;
            }
            b.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + BAR)
                    .append("\" class=\"v\">").append(esc(value(total(chart, c), false))).append("</text>");
        }
        axis(b, max, false, height - 22);
        return b.append("</svg>").toString();
    }

    private static double total(Chart chart, int c) {
        return chart.series().stream().map(s -> s.values().get(c)).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** p10–p90 as a band, the median as a tick, the mean as a dot. */
    private static String ranges(Chart chart) {
        List<Double> p10 = chart.series().get(0).values();
        List<Double> median = chart.series().get(1).values();
        List<Double> p90 = chart.series().get(2).values();
        List<Double> mean = chart.series().get(3).values();
        double max = chart.percent() ? 1.0 : Math.max(1e-9, p90.stream().filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(1));
        int row = BAR + 10;
        int top = LEGEND;
        int height = top + chart.categories().size() * row + 24;
        StringBuilder b = open(chart, height);
        legend(b, List.of("p10 – p90", "médiane", "moyenne"));
        for (int c = 0; c < chart.categories().size(); c++) {
            int y = top + c * row;
            label(b, chart.categories().get(c), y + row / 2);
            if (p10.get(c) == null || p90.get(c) == null) {
                b.append("<text x=\"").append(LABEL + 4).append("\" y=\"").append(y + BAR).append("\" class=\"v\">")
                        .append("aucun site</text>");
                continue;
            }
            double x0 = LABEL + PLOT * p10.get(c) / max;
            double x1 = LABEL + PLOT * p90.get(c) / max;
            b.append("<rect class=\"bar range\" x=\"").append(fmt(x0)).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(fmt(Math.max(2, x1 - x0))).append("\" height=\"").append(BAR)
                    .append("\" fill=\"").append(PALETTE[0]).append("\" fill-opacity=\"0.35\"><title>")
                    .append(esc(chart.categories().get(c) + " · p10 " + value(p10.get(c), chart.percent())
                            + " · médiane " + value(median.get(c), chart.percent()) + " · p90 "
                            + value(p90.get(c), chart.percent()) + " · moyenne "
                            + value(mean.get(c), chart.percent()))).append("</title></rect>");
            if (median.get(c) != null) {
                double xm = LABEL + PLOT * median.get(c) / max;
                b.append("<rect class=\"median\" x=\"").append(fmt(xm - 1.5)).append("\" y=\"").append(y + 2)
                        .append("\" width=\"3\" height=\"").append(BAR + 4).append("\" fill=\"")
                        .append(PALETTE[1]).append("\"/>");
            }
            if (mean.get(c) != null) {
                double xa = LABEL + PLOT * mean.get(c) / max;
                b.append("<circle class=\"mean\" cx=\"").append(fmt(xa)).append("\" cy=\"").append(y + 4 + BAR / 2)
                        .append("\" r=\"3.5\" fill=\"").append(PALETTE[2]).append("\"/>");
            }
            b.append("<text x=\"").append(fmt(x1 + 6)).append("\" y=\"").append(y + BAR).append("\" class=\"v\">")
                    .append(esc(value(median.get(c), chart.percent()))).append("</text>");
        }
        axis(b, max, chart.percent(), height - 22);
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(Chart chart, int height) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<figure class=\"chart-figure\"><figcaption>").append(esc(chart.caption()))
                .append("</figcaption><svg class=\"chart chart-").append(chart.kind().name().toLowerCase(Locale.ROOT))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(esc(chart.caption())).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">");
        return b;
    }

    private static void legend(StringBuilder b, List<String> names) {
        int x = LABEL;
        for (int i = 0; i < names.size(); i++) {
            b.append("<rect class=\"key\" x=\"").append(x).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                    .append(PALETTE[i % PALETTE.length]).append("\"/><text x=\"").append(x + 14)
                    .append("\" y=\"13\" class=\"k\">").append(esc(names.get(i))).append("</text>");
            x += 24 + 7 * names.get(i).length();
        }
    }

    private static void label(StringBuilder b, String text, int y) {
        String shown = text.length() > 34 ? text.substring(0, 33) + "…" : text;
        b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 4)
                .append("\" text-anchor=\"end\" class=\"c\"><title>").append(esc(text)).append("</title>")
                .append(esc(shown)).append("</text>");
    }

    private static void target(StringBuilder b, Chart chart, double max, int top, int bottom) {
        if (chart.target() == null) {
            return;
        }
        double x = LABEL + PLOT * chart.target() / max;
        b.append("<line class=\"target\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                .append(top).append("\" y2=\"").append(bottom)
                .append("\" stroke=\"#b3261e\" stroke-dasharray=\"4 3\"><title>cible ")
                .append(esc(value(chart.target(), chart.percent()))).append("</title></line>");
    }

    private static void axis(StringBuilder b, double max, boolean percent, int y) {
        b.append("<line x1=\"").append(LABEL).append("\" x2=\"").append(LABEL + PLOT).append("\" y1=\"").append(y)
                .append("\" y2=\"").append(y).append("\" stroke=\"#777\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            int x = LABEL + PLOT * i / 4;
            b.append("<text x=\"").append(x).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"middle\" class=\"a\">").append(esc(value(v, percent))).append("</text>");
        }
    }

    static String value(Double v, boolean percent) {
        if (v == null) {
            return "—";
        }
        if (percent) {
            return String.format(Locale.FRANCE, "%.0f %%", 100 * v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.FRANCE, "%,d", (long) (double) v);
        }
        return String.format(Locale.FRANCE, "%.2f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
