package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one survey for one criterion of one indicator (2, 3, 5–8, 10, 15, 51, 53, 54): I2.1 "courtoisie",
 * I7.1 "délai d'attente"...
 *
 * @param reference   the site's own reference of the result
 * @param survey      satisfaction survey or mystery survey
 * @param indicator   the indicator's code in the référentiel (I2.1)
 * @param criterion   one of the indicator's criteria in the référentiel
 * @param conductedOn the day the survey closed: the period it counts in
 * @param respondents how many answered on this criterion (the sample size)
 * @param satisfied   how many of them were satisfied
 */
public record SurveyFacts(String reference, SurveyKind survey, String indicator, String criterion,
                          LocalDate conductedOn, Integer respondents, Integer satisfied) implements RegisterFacts {

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        FactChecks c = new FactChecks(problems);
        c.text("reference", reference, true, 64);
        c.required("survey", survey);
        if (indicator == null || indicator.isBlank()) {
            c.add("indicator", "is required");
        } else if (!indicator.strip().matches("I[0-9]{1,2}\\.[0-9]{1,2}")) {
            c.add("indicator", "'" + indicator + "' is not an indicator code (I2.1)");
        }
        c.text("criterion", criterion, true, 200);
        c.day("conductedOn", conductedOn, true);
        c.required("respondents", respondents);
        c.required("satisfied", satisfied);
        if (respondents != null && (respondents < 1 || respondents > 1_000_000)) {
            c.add("respondents", "must be from 1 to 1000000");
        }
        if (satisfied != null && (satisfied < 0 || respondents != null && satisfied > respondents)) {
            c.add("satisfied", "must be from 0 to respondents");
        }
        return problems;
    }
}
