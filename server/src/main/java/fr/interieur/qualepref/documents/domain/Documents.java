package fr.interieur.qualepref.documents.domain;

import java.util.List;
import java.util.Optional;

/**
 * The documents of the site bound to the transaction (no method names a site: ADR 0004). Storing a document or a
 * version also queues its indexing intent in the same transaction (the outbox of ADR 0007).
 */
public interface Documents {

    void store(Document document);

    void storeVersion(DocumentVersion version);

    Optional<Document> find(long id);

    List<Document> all();

    List<DocumentVersion> versions(long documentId);

    Optional<DocumentVersion> version(long documentId, int version);

    /** Queues the (re)indexing of a document of the bound site. */
    void queueIndexing(long documentId);
}
