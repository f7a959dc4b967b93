package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.IndexingQueue;

/** Runs the real {@link SearchIndexing#drain} outside the container, for the benchmark (its fields are package-private). */
public final class IndexingRunner {

    private IndexingRunner() {
    }

    /** Applies every pending intent of {@code queue} to {@code index}, as the indexer thread does; returns how many. */
    public static int drain(IndexingQueue queue, EvidenceIndex index) {
        SearchIndexing indexing = new SearchIndexing();
        indexing.queue = queue;
        indexing.index = index;
        return indexing.drain();
    }
}
