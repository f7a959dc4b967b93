package fr.interieur.qualepref.documents.bench;

import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.IndexingQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The database side of the indexer and of a rebuild, generated on the fly: {@code n} documents read a page at a time,
 * as JdbcIndexingQueue pages them, without holding the corpus in memory. The corpus is read as one site (the per-site
 * loop changes nothing to the memory a rebuild needs).
 */
final class GeneratedQueue implements IndexingQueue {

    private final Corpus corpus;
    private final long n;

    GeneratedQueue(Corpus corpus, long n) {
        this.corpus = corpus;
        this.n = n;
    }

    /** Every document has one pending intent (its id is the document's): the outbox after a bulk load. */
    @Override
    public List<Intent> pending(long afterId, int limit) {
        List<Intent> intents = new ArrayList<>(limit);
        for (long id = afterId + 1; id <= Math.min(n, afterId + limit); id++) {
            intents.add(new Intent(id, 0, id));
        }
        return intents;
    }

    @Override
    public List<IndexedDocument> load(long siteId, Collection<Long> ids) {
        return ids.stream().map(corpus::document).toList();
    }

    @Override
    public void done(Collection<Long> ids) {
    }

    @Override
    public List<Long> sites() {
        return List.of(0L);
    }

    @Override
    public List<IndexedDocument> page(long siteId, long afterId, int limit) {
        List<IndexedDocument> page = new ArrayList<>(limit);
        for (long id = afterId + 1; id <= Math.min(n, afterId + limit); id++) {
            page.add(corpus.document(id));
        }
        return page;
    }

    @Override
    public List<Long> changedSince(long siteId, long epochMillis) {
        return List.of();
    }

    @Override
    public String instance() {
        return "bench";
    }

    @Override
    public long countAll() {
        return n;
    }

    @Override
    public long count(long siteId) {
        return n;
    }
}
