package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.DocumentChanged;
import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.IndexingQueue;
import fr.interieur.qualepref.documents.domain.IndexingQueue.Intent;
import fr.interieur.qualepref.documents.domain.RebuildLog;
import fr.interieur.qualepref.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The indexer: one thread applies the outbox (search_intent) to the index in the order it was written, makes the
 * batches searchable every {@value #REFRESH_EVERY_MILLIS} ms while a backlog drains (near-real-time refresh),
 * commits the index at the end of the backlog or every {@value #COMMIT_EVERY} intents, and only then deletes the
 * intents that commit covers — so after a crash at any point the pending intents are simply applied again
 * (re-indexing a document is idempotent; CrashRecoveryIT kills a real server to prove it). It wakes when a document
 * transaction commits, and polls every 250 ms in case a wake-up was lost; a document is searchable well within a
 * second of its upload.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    static final int BATCH = 1000;
    static final int COMMIT_EVERY = 20_000;
    /**
     * While a backlog drains, the applied batches are made searchable at most this often (each refresh flushes a
     * small segment that merges cost later); the end of a backlog is always committed, hence searchable at once.
     */
    static final long REFRESH_EVERY_MILLIS = 1000;

    @Inject
    IndexingQueue queue;

    @Inject
    EvidenceIndex index;

    @Inject
    RebuildLog rebuilds;

    @Inject
    IndexRebuild rebuild;

    @Resource
    ManagedThreadFactory threads;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    void start(@Observes SchemaMigrated migrated) {
        String resuming = rebuilds.running().map(RebuildLog.Progress::directory).orElse(null);
        boolean fresh = index.open(queue.instance(), resuming);
        running = true;
        worker = threads.newThread(this::work);
        worker.setName("qualepref-indexer");
        worker.start();
        if (resuming != null) {
            rebuild.resume();
        } else if (fresh && queue.countAll() > 0) {
            LOG.info("The evidence index is new and the database has documents: rebuilding it");
            rebuild.start(null, null);
        }
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        wake.release();
    }

    @PreDestroy
    void stop() {
        running = false;
        wake.release();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void work() {
        while (running) {
            try {
                wake.tryAcquire(250, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (running) {
                    drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "indexing failed; the intents stay queued and are retried", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Applies every pending intent; returns how many were applied. */
    public int drain() {
        int applied = 0;
        long after = 0;
        List<Long> uncommitted = new ArrayList<>();
        long refreshed = System.nanoTime();
        while (true) {
            // An intent whose transaction commits after a later one is seen by the next drain (within 250 ms).
            List<Intent> batch = queue.pending(after, BATCH);
            if (batch.isEmpty()) {
                if (!uncommitted.isEmpty()) {
                    index.commit();
                    queue.done(uncommitted);
                }
                return applied;
            }
            Map<Long, Set<Long>> bySite = new LinkedHashMap<>();
            for (Intent i : batch) {
                bySite.computeIfAbsent(i.siteId(), s -> new HashSet<>()).add(i.documentId());
            }
            List<IndexedDocument> upserts = new ArrayList<>();
            List<Long> removals = new ArrayList<>();
            for (Map.Entry<Long, Set<Long>> site : bySite.entrySet()) {
                List<IndexedDocument> loaded = queue.load(site.getKey(), site.getValue());
                upserts.addAll(loaded);
                Set<Long> gone = new HashSet<>(site.getValue());
                loaded.forEach(d -> gone.remove(d.id()));
                removals.addAll(gone);
            }
            index.apply(upserts, removals);
            if (System.nanoTime() - refreshed >= TimeUnit.MILLISECONDS.toNanos(REFRESH_EVERY_MILLIS)) {
                index.refresh();
                refreshed = System.nanoTime();
            }
            batch.forEach(i -> uncommitted.add(i.id()));
            after = batch.get(batch.size() - 1).id();
            applied += batch.size();
            if (uncommitted.size() >= COMMIT_EVERY) {
                index.commit();
                queue.done(uncommitted);
                uncommitted.clear();
            }
        }
    }
}
