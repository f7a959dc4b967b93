package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.ImportedValueFacts;
import fr.interieur.qualepref.registers.domain.ValuePeriod;
import java.util.List;
import java.util.Set;

/** One line of an imported-values file (an export of Indigo...) → one value, or its rejections. */
public final class ImportedValueCsv {

    public static final List<String> COLUMNS = List.of("indicator", "period", "periodStart", "value", "source");
    public static final Set<String> REQUIRED = Set.of("indicator", "period", "periodStart", "value");
    public static final CsvFormat<ImportedValueFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED,
            ImportedValueCsv::facts);

    private ImportedValueCsv() {
    }

    public static ImportedValueFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        ImportedValueFacts f = new ImportedValueFacts(v.text("indicator"), v.enumValue("period", ValuePeriod.class),
                v.date("periodStart"), v.decimal("value"), v.text("source"));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
