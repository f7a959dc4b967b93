package fr.interieur.qualepref.documents.domain;

import java.util.Collection;
import java.util.List;

/**
 * The outbox of indexing intents (ADR 0007), read by the indexer across sites, and the reads that turn an intent into
 * what the index holds — each inside the document's own site.
 */
public interface IndexingQueue {

    /** The oldest pending intents after {@code afterId}, in the order they were written. */
    List<Intent> pending(long afterId, int limit);

    /**
     * The documents as the index should hold them; ids without a row, or withdrawn, are absent from the result (and
     * so removed from the index).
     */
    List<IndexedDocument> load(long siteId, Collection<Long> documentIds);

    /** Forgets intents whose effect is durable in the index. */
    void done(Collection<Long> intentIds);

    /** Site ids, in order, for a rebuild. */
    List<Long> sites();

    /** The next documents of a site after {@code afterId}, in id order, for a rebuild. */
    List<IndexedDocument> page(long siteId, long afterId, int limit);

    /** Ids of a site's documents changed since {@code epochMillis}, to re-read before a rebuilt index goes live. */
    List<Long> changedSince(long siteId, long epochMillis);

    /** The identity of this database's index (stamped into Lucene commits). */
    String instance();

    /** The number of documents of every site (for progress). */
    long countAll();

    /** The number of documents of one site. */
    long count(long siteId);

    /** An intent: index (or un-index) document {@code documentId} of site {@code siteId}. */
    record Intent(long id, long siteId, long documentId) {
    }
}
