package fr.interieur.qualepref.governance.domain;

/**
 * The documentary system as governance sees it: minutes, attestations, attendance sheets and completion evidence are
 * documents (issue 5), referred to by id. The documentary system is built on another branch; until it lands, the
 * governance tables keep {@code *_document_id} without a foreign key and the one implementation accepts any id. When
 * documents land, the implementation checks that the document exists in the bound site, and a migration adds the
 * foreign keys.
 */
public interface EvidenceDocuments {

    /** Refuses (404) a document id that does not name a document of the bound site. */
    void requireExists(long documentId);
}
