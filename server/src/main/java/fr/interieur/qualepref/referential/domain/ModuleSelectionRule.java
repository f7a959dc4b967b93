package fr.interieur.qualepref.referential.domain;

/**
 * The rules of chapter II.2 ("Quels modules retenir ?", "Concrètement ?" and the summary table), each with the
 * message a user reads when a selection breaks it, in French and in English.
 */
public enum ModuleSelectionRule {

    UNKNOWN_MODULE("II.2",
            "le module %s n'existe pas dans ce référentiel",
            "module %s does not exist in this référentiel"),
    MODULE_1_MANDATORY("II.2",
            "le module 1 est obligatoire pour tout site engagé",
            "module 1 is mandatory for every engaged site"),
    CERT_REQUIRES_MODULE_2("II.2",
            "un site doté d'un CERT doit retenir le module 2",
            "a site with a CERT must take module 2"),
    MODULE_2_REQUIRES_CERT("II.2",
            "le module 2 est réservé aux sites dotés d'un CERT",
            "module 2 is only for sites with a CERT"),
    PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE("II.2",
            "une préfecture sans CERT doit retenir au moins un module métier autre que le module 2",
            "a préfecture without a CERT must take at least one business module other than module 2"),
    SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE("II.2",
            "une sous-préfecture sans CERT qui s'engage doit retenir au moins un des modules métier %s",
            "an engaged sous-préfecture without a CERT must take at least one of the business modules %s"),
    MODULE_NOT_OPEN_TO_SITE_TYPE("II.2",
            "le module %s n'est pas ouvert aux sites de type %s",
            "module %s is not open to sites of type %s");

    private final String reference;
    private final String french;
    private final String english;

    ModuleSelectionRule(String reference, String french, String english) {
        this.reference = reference;
        this.french = french;
        this.english = english;
    }

    /** The chapter of the référentiel the rule comes from. */
    public String reference() {
        return reference;
    }

    public ModuleSelectionViolation violation(Object... arguments) {
        return new ModuleSelectionViolation(this, french.formatted(arguments), english.formatted(arguments));
    }
}
