package fr.interieur.qualepref.cli.reports;

import static fr.interieur.qualepref.cli.output.Column.field;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.qualepref.cli.output.Column;
import fr.interieur.qualepref.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The chapter VI indicators across sites: per indicator, period and scope (national, then each region), how many sites
 * report it and the spread of their values. From the indicators capability ({@code GET /indicators/national}).
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "For each chapter VI indicator and period: sites reporting, mean, median, p10, p90 — nationally "
                + "and by region.")
public final class ReportsIndicatorsCommand extends ReportCommand {

    /** Lower-case names, as the user types them. */
    enum PeriodOption { month, quarter, year }

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 1 January this year).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    LocalDate to;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "year",
            description = "month, quarter or year (default: ${DEFAULT-VALUE}).")
    PeriodOption period = PeriodOption.year;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region (a pilot's own).")
    String region;

    @Override
    protected String path() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return query("/indicators/national", "from", from == null ? today.withDayOfYear(1) : from,
                "to", to == null ? today : to, "period", period.name().toUpperCase(Locale.ROOT), "region", region);
    }

    @Override
    protected void print(JsonNode report, OutputOptions output, PrintWriter out) {
        List<Column> columns = new ArrayList<>(List.of(field("indicator"), field("period"), field("scope"),
                field("sites"), number("mean"), number("median"), number("p10"), number("p90")));
        if (output.format() == OutputOptions.Format.csv) {
            columns.add(1, field("label"));
        } else {
            out.println("Indicators " + report.path("from").asText() + " – " + report.path("to").asText() + " ("
                    + report.path("sitesRead").asText() + " sites read; open entries judged on "
                    + report.path("asOf").asText() + ")");
        }
        output.printList(out, report.path("distributions"), columns);
    }

    /** Rates and delays to four decimals at most; an absent value (no site reports) stays empty. */
    private static Column number(String name) {
        return new Column(name, row -> row.path(name).isNumber()
                ? String.format(Locale.ROOT, "%.4f", row.path(name).asDouble()).replaceAll("\\.?0+$", "") : "");
    }
}
