package fr.interieur.qualepref.referential.domain;

/** One broken rule of II.2, with the sentence to show in each language. */
public record ModuleSelectionViolation(ModuleSelectionRule rule, String french, String english) {
}
