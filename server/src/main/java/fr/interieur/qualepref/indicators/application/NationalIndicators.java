package fr.interieur.qualepref.indicators.application;

import fr.interieur.qualepref.reports.domain.Chart;
import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import fr.interieur.qualepref.reports.domain.ReportDocument.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The chapter VI indicators of many sites, as numbers only: per indicator, per period and per scope (the nation, then
 * each region), how the sites' values spread. No site's records, nor any one site's value, leave it.
 *
 * @param from          first day asked
 * @param to            last day asked
 * @param period        MONTH, QUARTER or YEAR
 * @param asOf          the day open entries were judged on
 * @param sitesRead     the sites whose registers were read
 * @param distributions by indicator (référentiel order), then period, then scope ("national" first, then regions
 *                      by name)
 */
public record NationalIndicators(LocalDate from, LocalDate to, String period, LocalDate asOf, int sitesRead,
                                 List<Distribution> distributions) implements Printable {

    static final List<String> COLUMNS = List.of("Indicateur", "Libellé", "Période", "Périmètre", "Sites", "Moyenne",
            "Médiane", "p10", "p90");

    /**
     * The national spread of every indicator in the last period asked, as two charts — the rates (values within
     * 0–1, drawn as percentages) and the others (delays, counts, in their own unit) — then every distribution as a
     * table.
     */
    @Override
    public ReportDocument document() {
        String last = distributions.stream().map(Distribution::period).max(String::compareTo).orElse("");
        List<Distribution> national = distributions.stream()
                .filter(d -> d.scope().equals(IndicatorDistributions.NATIONAL) && d.period().equals(last)).toList();
        List<Distribution> rates = national.stream().filter(NationalIndicators::isRate).toList();
        List<Distribution> others = national.stream().filter(d -> !isRate(d)).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Taux — répartition nationale, " + last, COLUMNS, rows(rates),
                chart("Taux entre les sites (p10 – p90, médiane, moyenne), " + last, rates, true)));
        if (!others.isEmpty()) {
            sections.add(new Section("Délais et volumes — répartition nationale, " + last, COLUMNS, rows(others),
                    chart("Délais et volumes entre les sites, " + last, others, false)));
        }
        sections.add(Section.table("Toutes les périodes, national et par région", COLUMNS, rows(distributions)));
        return new ReportDocument("indicators-" + from + "-" + to, "Indicateurs du chapitre VI du " + from + " au "
                + to, List.of("Période : " + from + " – " + to + " (" + period.toLowerCase(java.util.Locale.ROOT)
                        + ")", "Sites lus : " + sitesRead, "Dossiers ouverts jugés au " + asOf), sections);
    }

    private static boolean isRate(Distribution d) {
        return d.p90() != null && d.p10() != null && d.p10() >= 0 && d.p90() <= 1
                && d.mean() != null && d.mean() <= 1;
    }

    private static Chart chart(String caption, List<Distribution> ds, boolean percent) {
        return Chart.ranges(caption, ds.stream().map(Distribution::indicator).toList(),
                ds.stream().map(Distribution::p10).toList(), ds.stream().map(Distribution::median).toList(),
                ds.stream().map(Distribution::p90).toList(), ds.stream().map(Distribution::mean).toList(), percent);
    }

    private static List<List<Object>> rows(List<Distribution> ds) {
        return ds.stream().map(d -> Arrays.<Object>asList(d.indicator(), d.label(), d.period(), d.scope(), d.sites(),
                round(d.mean()), round(d.median()), round(d.p10()), round(d.p90()))).toList();
    }

    private static Double round(Double v) {
        return Objects.isNull(v) ? null : Math.round(v * 10000.0) / 10000.0;
    }
}
