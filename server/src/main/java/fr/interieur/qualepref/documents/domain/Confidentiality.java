package fr.interieur.qualepref.documents.domain;

/** How widely a document may circulate; kept with the metadata and shown in the IV.2 list of records. */
public enum Confidentiality {
    PUBLIC,
    INTERNAL,
    RESTRICTED
}
