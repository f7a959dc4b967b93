package fr.interieur.qualepref.referential.domain;

/** How a chapter VI indicator is computed. */
public enum IndicatorKind {
    /** Share of cases handled within a deadline ("taux ... dans le délai de N jours ouvrés"). */
    RATE_WITHIN_DEADLINE,
    /** Mean delay computed from the site's registers ("délai moyen"). */
    MEAN_DELAY,
    /** A number of events ("nombre de ..."). */
    COUNT,
    /** A satisfaction rate from user or mystery surveys. */
    SATISFACTION_RATE,
    /** A figure taken from another system (Indigo), entered or imported. */
    IMPORTED_VALUE
}
