package fr.interieur.qualepref.documents.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as the search index holds it: what is searched (title, text of the current version, note) and what is
 * filtered and counted (site, kind, confidentiality, references, modules, date).
 */
public record IndexedDocument(long id, long siteId, DocumentKind kind, Confidentiality confidentiality, String title,
                              List<String> references, List<Integer> modules, LocalDate date, String text,
                              String note) {

    public IndexedDocument {
        references = List.copyOf(references);
        modules = List.copyOf(modules);
        text = text == null ? "" : text;
        note = note == null ? "" : note;
    }
}
