package fr.interieur.qualepref.referential.domain;

/** Module 1 is mandatory for every engaged site; the others are "modules métier" (II.1). */
public enum ModuleKind {
    MANDATORY,
    BUSINESS
}
