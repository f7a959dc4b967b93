package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.SurveyFacts;
import fr.interieur.qualepref.registers.domain.SurveyKind;
import java.util.List;
import java.util.Set;

/** One line of a survey results file → one criterion's result, or its rejections. */
public final class SurveyCsv {

    public static final List<String> COLUMNS = List.of("reference", "survey", "indicator", "criterion",
            "conductedOn", "respondents", "satisfied");
    public static final Set<String> REQUIRED = Set.copyOf(COLUMNS);
    public static final CsvFormat<SurveyFacts> FORMAT = new CsvFormat<>(COLUMNS, REQUIRED, SurveyCsv::facts);

    private SurveyCsv() {
    }

    public static SurveyFacts facts(CsvFile.Line line, List<Rejection> rejections) {
        CsvValues v = new CsvValues(line, rejections);
        SurveyFacts f = new SurveyFacts(v.text("reference"), v.enumValue("survey", SurveyKind.class),
                v.text("indicator"), v.text("criterion"), v.date("conductedOn"), v.integer("respondents", 7),
                v.integer("satisfied", 7));
        return v.readable() && v.accept(f.problems()) ? f : null;
    }
}
