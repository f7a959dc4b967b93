package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.registers.domain.SurveyResult;
import fr.interieur.qualepref.registers.domain.SurveyFacts;
import fr.interieur.qualepref.registers.domain.SurveyRegister;
import fr.interieur.qualepref.registers.domain.ExternalIndicators;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import fr.interieur.qualepref.registers.domain.RegisterEntries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The survey results of the request's site, listed by the day each survey closed; the indicator must be a satisfaction
 * rate of the référentiel and the criterion one of its criteria.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class SurveyService extends RegisterKeeper<SurveyResult, SurveyFacts, LocalDate> {

    @Inject
    SurveyRegister register;

    @Inject
    ReferentialIndicators indicators;

    @Override
    protected List<FieldProblem> check(SurveyFacts facts) {
        List<FieldProblem> refused = indicators.refuseUnless(facts.indicator(),
                (commitment, d) -> ExternalIndicators.surveyed(d), "a satisfaction rate");
        if (!refused.isEmpty()) {
            return refused;
        }
        // 3.6 names no criteria ("associés à chaque critère"): any criterion of the site's survey counts.
        boolean known = indicators.withCode(facts.indicator()).stream().map(d -> d.definition().criteria())
                .anyMatch(c -> c.isEmpty() || c.contains(facts.criterion().strip()));
        return known ? List.of() : List.of(new FieldProblem("criterion", "'" + facts.criterion().strip()
                + "' is not a criterion of " + facts.indicator().strip() + " (" + indicators.withCode(
                facts.indicator()).get(0).definition().criteria() + ")"));
    }

    @Override
    protected RegisterEntries<SurveyResult, LocalDate> entries() {
        return register;
    }

    @Override
    protected SurveyResult newEntry(SurveyFacts facts, String by, OffsetDateTime at) {
        return new SurveyResult(facts, by, at);
    }

    @Override
    protected CsvFormat<SurveyFacts> csv() {
        return SurveyCsv.FORMAT;
    }

    @Override
    protected String entity() {
        return "SurveyResult";
    }

    @Override
    protected String noun() {
        return "survey result";
    }
}
