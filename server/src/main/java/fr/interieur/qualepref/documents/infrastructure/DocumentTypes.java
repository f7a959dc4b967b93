package fr.interieur.qualepref.documents.infrastructure;

import java.util.Set;

/** The media types whose text {@link TikaTextExtraction} reads (as detected from the bytes). */
final class DocumentTypes {

    static final Set<String> HAS_TEXT = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
            "text/plain");

    private DocumentTypes() {
    }
}
