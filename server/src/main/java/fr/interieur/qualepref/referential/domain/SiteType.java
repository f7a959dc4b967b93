package fr.interieur.qualepref.referential.domain;

/** The kinds of site the référentiel distinguishes (II.2). */
public enum SiteType {
    PREFECTURE,
    SOUS_PREFECTURE,
    /** The Préfecture de police de Paris, the only site of module 8. */
    PREFECTURE_DE_POLICE
}
