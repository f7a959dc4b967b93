package fr.interieur.qualepref.registers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A value another system gives for one indicator and one month or quarter (Indigo: 10.2, 11.1, 22, 23, 32, 33...;
 * 14: quarterly delivery delays; 15.1, 19.1: counts). Its reference is the indicator and the period ("I22.1/2026-03"):
 * one value per indicator and period.
 *
 * @param indicator   the indicator's code in the référentiel (I22.1)
 * @param period      month or quarter
 * @param periodStart the first day of the month or quarter
 * @param value       the value, in the indicator's unit (a rate as a fraction 0–1, a delay in days, a count)
 * @param source      the system it comes from (Indigo...)
 */
public record ImportedValueFacts(String indicator, ValuePeriod period, LocalDate periodStart, BigDecimal value,
                                 String source) implements RegisterFacts {

    @Override
    public String reference() {
        return indicator == null || period == null || periodStart == null ? ""
                : indicator.strip() + "/" + period.label(periodStart);
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        FactChecks c = new FactChecks(problems);
        if (indicator == null || indicator.isBlank()) {
            c.add("indicator", "is required");
        } else if (!indicator.strip().matches("I[0-9]{1,2}\\.[0-9]{1,2}")) {
            c.add("indicator", "'" + indicator + "' is not an indicator code (I22.1)");
        }
        c.required("period", period);
        c.day("periodStart", periodStart, true);
        if (period != null && periodStart != null && !period.startsOn(periodStart)) {
            c.add("periodStart", "must be the first day of a " + period.name().toLowerCase());
        }
        c.required("value", value);
        if (value != null && (value.abs().compareTo(new BigDecimal("9999999999")) > 0 || value.scale() > 4)) {
            c.add("value", "must have at most 10 digits before the point and 4 after");
        }
        c.text("source", source, false, 100);
        return problems;
    }
}
