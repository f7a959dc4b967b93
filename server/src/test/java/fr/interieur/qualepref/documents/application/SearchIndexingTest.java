package fr.interieur.qualepref.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.RebuildLog;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.infrastructure.LuceneEvidenceIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox applied to a real Lucene index: order, crash safety, removals, rebuilds that resume. */
class SearchIndexingTest {

    @TempDir
    Path root;

    FakeQueue db = new FakeQueue();
    LuceneEvidenceIndex index;
    SearchIndexing indexing = new SearchIndexing();

    @BeforeEach
    void open() {
        index = new LuceneEvidenceIndex(root);
        index.open(db.instance(), null);
        indexing.queue = db;
        indexing.index = index;
    }

    @AfterEach
    void close() {
        index.close();
    }

    static IndexedDocument doc(long id, long site, String text) {
        return new IndexedDocument(id, site, DocumentKind.RECORD, Confidentiality.INTERNAL, "Document " + id,
                List.of("17"), List.of(1),
                LocalDate.of(2026, 1, 1), text, "");
    }

    long hits(String q, long... sites) {
        Set<Long> s = new java.util.HashSet<>();
        for (long x : sites) {
            s.add(x);
        }
        return index.search(new SearchQuery(q, s, s, null, null, null, null, null, false, 0, 10)).total();
    }

    @Test
    void appliesIntentsInOrderThenForgetsThem() {
        db.put(doc(1, 7, "première rédaction"), 0);
        db.put(doc(1, 7, "seconde rédaction"), 1);
        db.put(doc(2, 8, "autre site"), 1);
        assertThat(indexing.drain()).isEqualTo(3);
        assertThat(db.intents).isEmpty();
        assertThat(hits("seconde", 7)).isEqualTo(1);
        assertThat(hits("première", 7)).as("the later intent wins").isZero();
        assertThat(hits("autre", 7)).isZero();
        assertThat(hits("autre", 8)).isEqualTo(1);
    }

    @Test
    void aCrashAfterTheIndexCommitReplaysTheSameIntentsHarmlessly() {
        db.put(doc(1, 7, "réclamation"), 0);
        db.crashBeforeDone = true;
        assertThatThrownBy(() -> indexing.drain()).hasMessage("crash");
        assertThat(db.intents).as("still queued").hasSize(1);
        index.close();
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open(db.instance(), null)).isFalse();
        indexing.index = index;
        assertThat(indexing.drain()).isEqualTo(1);
        assertThat(index.size()).as("replayed, not duplicated").isEqualTo(1);
        assertThat(hits("reclamation", 7)).isEqualTo(1);
    }

    @Test
    void aDocumentGoneFromTheDatabaseLeavesTheIndex() {
        db.put(doc(1, 7, "à retirer"), 0);
        indexing.drain();
        db.remove(7, 1);
        indexing.drain();
        assertThat(index.size()).isZero();
    }

    @Test
    void moreIntentsThanABatchAreAllApplied() {
        for (long i = 1; i <= SearchIndexing.BATCH * 2 + 7; i++) {
            db.put(doc(i, 1 + i % 3, "document numéro " + i), 0);
        }
        assertThat(indexing.drain()).isEqualTo(SearchIndexing.BATCH * 2 + 7);
        assertThat(index.size()).isEqualTo(SearchIndexing.BATCH * 2 + 7);
    }

    @Test
    void aRebuildResumesFromItsCheckpointAndCatchesUpWithChangesBeforeTheSwap() {
        for (long i = 1; i <= 50; i++) {
            db.put(doc(i, 1 + i % 2, "texte " + i), 0);
        }
        indexing.drain();
        MemoryLog log = new MemoryLog();
        IndexRebuild rebuild = new IndexRebuild();
        rebuild.queue = db;
        rebuild.index = index;
        rebuild.log = log;
        // A rebuild that "crashed" after site 1 up to document 20: its directory holds what it committed then.
        String dir = index.newDirectoryName();
        var partial = index.rebuild(dir, null);
        partial.add(db.page(1, 0, 10));
        partial.checkpoint();
        long checkpointId = db.page(1, 0, 10).get(9).id();
        var p = log.start(dir, null, null, 50);
        log.advance(p.id(), 10, 1, checkpointId);
        // The crash: the writer is gone without a commit of anything after the checkpoint.
        partial.add(List.of(doc(999, 1, "jamais validé")));
        abandonWriterWithoutDeleting(partial);
        db.put(doc(3, 2, "modifié pendant la reconstruction"), System.currentTimeMillis());
        rebuild.run(log.running().orElseThrow());
        assertThat(log.latest().orElseThrow().state()).isEqualTo("DONE");
        assertThat(index.size()).isEqualTo(50);
        assertThat(hits("modifié", 1, 2)).isEqualTo(1);
        assertThat(hits("jamais", 1, 2)).as("uncommitted work is not resurrected").isZero();
    }

    @Test
    void aRebuildOfOneSiteReplacesOnlyThatSitesDocuments() {
        db.put(doc(1, 1, "premier site"), 0);
        db.put(doc(2, 2, "second site"), 0);
        indexing.drain();
        // The index drifted from the database for site 1: a ghost, and a change whose intent was lost.
        index.apply(List.of(doc(9, 1, "fantôme")), List.of());
        index.commit();
        db.documents.put(1L, doc(1, 1, "premier site corrigé"));
        MemoryLog log = new MemoryLog();
        IndexRebuild rebuild = new IndexRebuild();
        rebuild.queue = db;
        rebuild.index = index;
        rebuild.log = log;
        rebuild.run(log.start(index.newDirectoryName(), 1L, "30", db.count(1)));
        assertThat(log.latest().orElseThrow().state()).isEqualTo("DONE");
        assertThat(hits("fantôme", 1, 2)).isZero();
        assertThat(hits("corrigé", 1)).isEqualTo(1);
        assertThat(hits("second", 2)).as("the other site is copied as it was").isEqualTo(1);
        assertThat(index.size()).isEqualTo(2);
    }

    /** Simulates a crash: the rebuild's writer lock is released without committing (its checkpoint stays). */
    private static void abandonWriterWithoutDeleting(Object rebuild) {
        try {
            var f = rebuild.getClass().getDeclaredField("writer");
            f.setAccessible(true);
            ((org.apache.lucene.index.IndexWriter) f.get(rebuild)).rollback();
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** search_rebuild in memory. */
    static class MemoryLog implements RebuildLog {
        final List<Progress> rows = new ArrayList<>();

        @Override
        public Progress start(String directory, Long siteId, String siteCode, long total) {
            Progress p = new Progress(rows.size() + 1, directory, "RUNNING", siteId, siteCode, total, 0, 0, 0,
                    System.currentTimeMillis(), null);
            rows.add(p);
            return p;
        }

        @Override
        public void advance(long id, long done, long lastSiteId, long lastDocumentId) {
            Progress p = rows.get((int) id - 1);
            rows.set((int) id - 1, new Progress(id, p.directory(), p.state(), p.siteId(), p.siteCode(), p.total(), done,
                    lastSiteId, lastDocumentId, p.startedAtMillis(), p.detail()));
        }

        @Override
        public void finish(long id, boolean succeeded, String detail) {
            Progress p = rows.get((int) id - 1);
            rows.set((int) id - 1, new Progress(id, p.directory(), succeeded ? "DONE" : "FAILED", p.siteId(),
                    p.siteCode(),
                    p.total(), p.done(), p.lastSiteId(), p.lastDocumentId(), p.startedAtMillis(), detail));
        }

        @Override
        public Optional<Progress> running() {
            return rows.stream().filter(p -> p.state().equals("RUNNING")).reduce((a, b) -> b);
        }

        @Override
        public Optional<Progress> latest() {
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        }
    }
}
