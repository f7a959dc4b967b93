package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The survey results of the site bound to the current transaction, listed by the day each survey closed. */
public interface SurveyRegister extends RegisterEntries<SurveyResult, LocalDate> {
}
