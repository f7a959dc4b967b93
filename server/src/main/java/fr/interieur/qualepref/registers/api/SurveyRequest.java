package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.domain.SurveyFacts;
import fr.interieur.qualepref.registers.domain.SurveyKind;
import java.time.LocalDate;

/** An entry of the surveys register as the client sends it; {@code version} on a correction. */
public class SurveyRequest {

    public String reference;
    public SurveyKind survey;
    public String indicator;
    public String criterion;
    public LocalDate conductedOn;
    public Integer respondents;
    public Integer satisfied;
    public Integer version;

    SurveyFacts facts() {
        return new SurveyFacts(reference, survey, indicator, criterion, conductedOn, respondents, satisfied);
    }
}
