package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.IndexingQueue;

/** Runs the real {@link IndexRebuild} outside the container, for the benchmark (its fields are package-private). */
public final class RebuildRunner {

    private RebuildRunner() {
    }

    /** Rebuilds {@code index} from {@code queue} to its end, with an in-memory progress log; returns its state. */
    public static String run(IndexingQueue queue, EvidenceIndex index) {
        SearchIndexingTest.MemoryLog log = new SearchIndexingTest.MemoryLog();
        IndexRebuild rebuild = new IndexRebuild();
        rebuild.queue = queue;
        rebuild.index = index;
        rebuild.log = log;
        rebuild.run(log.start(index.newDirectoryName(), null, null, queue.countAll()));
        return log.latest().orElseThrow().state();
    }
}
