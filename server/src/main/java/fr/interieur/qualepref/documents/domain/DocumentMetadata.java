package fr.interieur.qualepref.documents.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the uploader says about a document. The constructor enforces the rules that need nothing but the values
 * themselves; the references are checked against the référentiel by the application.
 */
public record DocumentMetadata(DocumentKind kind, String title, List<EvidenceReference> references,
                               LocalDate documentDate, LocalDate periodStart, LocalDate periodEnd,
                               LocalDate reviewDate, String owner, Confidentiality confidentiality, String note) {

    public DocumentMetadata {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: REFERENCE, RECORD, TEMPLATE_REPLY or MINUTES.");
        }
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new IllegalArgumentException("title is required, at most 300 characters.");
        }
        title = title.strip();
        references = List.copyOf(references == null ? List.of() : references);
        if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)) {
            throw new IllegalArgumentException("periodStart must not be after periodEnd.");
        }
        if (owner != null && owner.strip().length() > 200) {
            throw new IllegalArgumentException("owner must be at most 200 characters.");
        }
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        confidentiality = confidentiality == null ? Confidentiality.INTERNAL : confidentiality;
        if (note != null && note.length() > 100_000) {
            throw new IllegalArgumentException("note must be at most 100,000 characters.");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
