package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.IndexingQueue;
import fr.interieur.qualepref.documents.domain.RebuildLog;
import fr.interieur.qualepref.documents.domain.RebuildLog.Progress;
import fr.interieur.qualepref.platform.errors.Conflict;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the evidence index from PostgreSQL into a new directory while searches keep using the live index, then
 * swaps. Documents are read site by site in id order, a page at a time (bounded memory); every
 * {@value #CHECKPOINT} documents the new index is committed and the position written to search_rebuild, so after a
 * crash the rebuild resumes from the last checkpoint. Uploads are never blocked: the indexer keeps feeding the live
 * index, and just before the swap the documents changed since the rebuild started are read again into the new one.
 */
@ApplicationScoped
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    static final int PAGE = 1000;
    static final int CHECKPOINT = 20_000;
    /** Margin for transactions that began before the rebuild and committed after it read their site. */
    static final long LATE_COMMIT_MARGIN_MILLIS = 5 * 60 * 1000L;

    @Inject
    IndexingQueue queue;

    @Inject
    EvidenceIndex index;

    @Inject
    RebuildLog log;

    @Resource
    ManagedThreadFactory threads;

    private final AtomicBoolean busy = new AtomicBoolean();

    /** Starts a rebuild of every site, or of one site, in the background; 409 when one is already running. */
    public Progress start(Long siteId, String siteCode) {
        if (!busy.compareAndSet(false, true)) {
            throw new Conflict("An index rebuild is already running.");
        }
        try {
            Progress p = log.start(index.newDirectoryName(), siteId, siteCode,
                    siteId == null ? queue.countAll() : queue.count(siteId));
            launch(p);
            return p;
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
    }

    /** Resumes the rebuild a crash interrupted. */
    public void resume() {
        Optional<Progress> running = log.running();
        if (running.isPresent() && busy.compareAndSet(false, true)) {
            LOG.info("Resuming the index rebuild " + running.get().id() + " at " + running.get().done() + " of "
                    + running.get().total() + " documents");
            launch(running.get());
        }
    }

    public Optional<Progress> latest() {
        return log.latest();
    }

    private void launch(Progress p) {
        Thread t = threads.newThread(() -> {
            try {
                run(p);
            } finally {
                busy.set(false);
            }
        });
        t.setName("qualepref-index-rebuild");
        t.start();
    }

    /** Runs a rebuild to its end in the calling thread. */
    void run(Progress p) {
        EvidenceIndex.Rebuild target = index.rebuild(p.directory(), p.siteId());
        try {
            long done = p.done();
            long sinceCheckpoint = 0;
            long lastSite = p.lastSiteId();
            long lastDoc = p.lastDocumentId();
            for (long site : queue.sites()) {
                if (site < lastSite || (p.siteId() != null && site != p.siteId())) {
                    continue;
                }
                long after = site == lastSite ? lastDoc : 0;
                while (true) {
                    List<IndexedDocument> page = queue.page(site, after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    target.add(page);
                    after = page.get(page.size() - 1).id();
                    done += page.size();
                    sinceCheckpoint += page.size();
                    if (sinceCheckpoint >= CHECKPOINT) {
                        target.checkpoint();
                        log.advance(p.id(), done, site, after);
                        sinceCheckpoint = 0;
                    }
                }
                lastSite = site;
                lastDoc = after;
            }
            target.checkpoint();
            log.advance(p.id(), done, lastSite, lastDoc);
            long since = p.startedAtMillis() - LATE_COMMIT_MARGIN_MILLIS;
            for (long site : queue.sites()) {
                List<Long> changed = queue.changedSince(site, since);
                for (int i = 0; i < changed.size(); i += PAGE) {
                    target.add(queue.load(site, changed.subList(i, Math.min(changed.size(), i + PAGE))));
                }
            }
            target.swap();
            // The indexer fed the old index until the swap: read again what changed meanwhile, into the new one.
            for (long site : queue.sites()) {
                List<Long> changed = queue.changedSince(site, since);
                for (int i = 0; i < changed.size(); i += PAGE) {
                    index.apply(queue.load(site, changed.subList(i, Math.min(changed.size(), i + PAGE))), List.of());
                }
            }
            index.commit();
            log.finish(p.id(), true, done + " documents");
            LOG.info("Index rebuild " + p.id() + " done: " + done + " documents");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Index rebuild " + p.id() + " failed; the live index is unchanged", e);
            target.abandon();
            log.finish(p.id(), false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
