package fr.interieur.qualepref.documents.domain;

/**
 * What text extraction made of a file. Every file is stored whatever the outcome: a file that cannot be read is
 * flagged, never lost.
 */
public enum Extraction {
    /** The whole text was extracted. */
    OK,
    /** The text was longer than the limit; the beginning is indexed. */
    TRUNCATED,
    /** A type without text (an image), or a file whose text is empty. */
    NO_TEXT,
    /** An encrypted (password-protected) file. */
    ENCRYPTED,
    /** A file whose detected type could not be parsed. */
    CORRUPT,
    /** Extraction did not finish within the time limit. */
    TIMEOUT
}
