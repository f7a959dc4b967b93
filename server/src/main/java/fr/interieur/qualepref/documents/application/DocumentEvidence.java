package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.Documents;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.platform.errors.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The documentary system as the other capabilities see their evidence: minutes, attestations, completion evidence
 * (governance) and the evidence of audit grid lines are documents of the same site. Called inside the site's binding,
 * so a document of another site is as absent as one that does not exist (404); the foreign keys of V042 hold the same
 * line in the database.
 */
@ApplicationScoped
public class DocumentEvidence implements EvidenceDocuments {

    @Inject
    Documents documents;

    @Override
    public void requireExists(long documentId) {
        if (documentId <= 0 || documents.find(documentId).isEmpty()) {
            throw new NotFound("No document " + documentId + " in this site.");
        }
    }
}
