package fr.interieur.qualepref.governance.infrastructure;

import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stands in for the documentary system (issue 5), which is built on another branch: it accepts any positive document
 * id. When documents land, this class is replaced by one that looks the id up in the bound site's {@code document}
 * table (404 when absent), and a migration adds the foreign keys from the governance {@code *_document_id} columns.
 */
@ApplicationScoped
public class PendingEvidenceDocuments implements EvidenceDocuments {

    @Override
    public void requireExists(long documentId) {
        if (documentId <= 0) {
            throw new InvalidRequest("A document id is a positive number, not " + documentId + ".");
        }
    }
}
