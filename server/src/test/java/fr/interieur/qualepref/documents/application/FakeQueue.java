package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.IndexingQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The database side of indexing, in memory: documents per site and the outbox. */
class FakeQueue implements IndexingQueue {

    final Map<Long, IndexedDocument> documents = new TreeMap<>();
    final List<Intent> intents = new ArrayList<>();
    final Map<Long, Long> updatedAt = new TreeMap<>();
    long nextIntent = 1;
    /** Fails the next {@link #done} call, as a crash between the index commit and the delete would. */
    boolean crashBeforeDone;

    void put(IndexedDocument d, long when) {
        documents.put(d.id(), d);
        updatedAt.put(d.id(), when);
        intents.add(new Intent(nextIntent++, d.siteId(), d.id()));
    }

    void remove(long siteId, long id) {
        documents.remove(id);
        intents.add(new Intent(nextIntent++, siteId, id));
    }

    @Override
    public List<Intent> pending(long afterId, int limit) {
        return intents.stream().filter(i -> i.id() > afterId).limit(limit).toList();
    }

    @Override
    public List<IndexedDocument> load(long siteId, Collection<Long> ids) {
        return documents.values().stream().filter(d -> d.siteId() == siteId && ids.contains(d.id())).toList();
    }

    @Override
    public void done(Collection<Long> ids) {
        if (crashBeforeDone) {
            crashBeforeDone = false;
            throw new IllegalStateException("crash");
        }
        intents.removeIf(i -> ids.contains(i.id()));
    }

    @Override
    public List<Long> sites() {
        return documents.values().stream().map(IndexedDocument::siteId).distinct().sorted().toList();
    }

    @Override
    public List<IndexedDocument> page(long siteId, long afterId, int limit) {
        return documents.values().stream().filter(d -> d.siteId() == siteId && d.id() > afterId).limit(limit)
                .toList();
    }

    @Override
    public List<Long> changedSince(long siteId, long epochMillis) {
        return documents.values().stream().filter(d -> d.siteId() == siteId && updatedAt.get(d.id()) >= epochMillis)
                .map(IndexedDocument::id).toList();
    }

    @Override
    public String instance() {
        return "fake-db";
    }

    @Override
    public long count(long siteId) {
        return documents.values().stream().filter(d -> d.siteId() == siteId).count();
    }

    @Override
    public long countAll() {
        return documents.size();
    }
}
