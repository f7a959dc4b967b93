package fr.interieur.qualepref.documents.domain;

/**
 * What a document is for (IV.2): "documents de référence" (procedures, guides) that say how the site works,
 * "enregistrements" that prove it did, the shared template replies IV.2 asks for, and minutes of meetings.
 */
public enum DocumentKind {
    REFERENCE,
    RECORD,
    TEMPLATE_REPLY,
    MINUTES
}
