package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.DocumentMetadata;
import fr.interieur.qualepref.documents.domain.EvidenceReference;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The metadata of a document: the JSON body of a record without a file, or the "metadata" part of a multipart upload.
 * Public fields, not a record: Payara's OpenAPI reader fails on constraints on record components.
 */
public class DocumentRequest {

    /** REFERENCE, RECORD, TEMPLATE_REPLY or MINUTES. */
    public String kind;
    public String title;
    /** Commitments, items and dispositions proved, e.g. ["17", "17.2", "IV.5"]. */
    public List<String> references;
    public String documentDate;
    public String periodStart;
    public String periodEnd;
    public String reviewDate;
    public String owner;
    /** PUBLIC, INTERNAL (default) or RESTRICTED. */
    public String confidentiality;
    /** The text of a record without a file, or a comment on a file. */
    public String note;

    DocumentMetadata toMetadata() {
        try {
            List<EvidenceReference> refs = references == null ? List.of() : references.stream()
                    .map(r -> EvidenceReference.parse(r)).distinct().toList();
            return new DocumentMetadata(kind(), title, refs, date("documentDate", documentDate),
                    date("periodStart", periodStart), date("periodEnd", periodEnd), date("reviewDate", reviewDate),
                    owner, confidentiality(), note);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage());
        }
    }

    private DocumentKind kind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("kind must be REFERENCE, RECORD, TEMPLATE_REPLY or MINUTES, not '" + kind + "'.");
        }
    }

    private Confidentiality confidentiality() {
        if (confidentiality == null || confidentiality.isBlank()) {
            return null;
        }
        try {
            return Confidentiality.valueOf(confidentiality.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("confidentiality must be PUBLIC, INTERNAL or RESTRICTED, not '"
                    + confidentiality + "'.");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a date like 2026-03-31, not '" + value + "'.");
        }
    }
}
