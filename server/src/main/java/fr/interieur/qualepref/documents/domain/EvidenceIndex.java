package fr.interieur.qualepref.documents.domain;

import java.util.List;

/**
 * The full-text index of documents, derived from PostgreSQL (ADR 0007): it can always be rebuilt from the database.
 */
public interface EvidenceIndex {

    /**
     * Opens the live index of this database ({@code instance} is its identity); an index of another database is
     * replaced by an empty one. Index directories other than the live one and {@code rebuilding} are deleted.
     *
     * @return true when the index is new and must be filled from the database
     */
    boolean open(String instance, String rebuilding);

    /** A name for a new rebuild directory. */
    String newDirectoryName();

    /** Adds or replaces documents, and removes the ids given (documents no longer in the database). */
    void apply(List<IndexedDocument> upserts, List<Long> removals);

    /** Makes what was applied visible to searches (near-real-time, not yet durable). */
    void refresh();

    /** Makes what was applied durable (and visible). */
    void commit();

    SearchResults search(SearchQuery query);

    /** The number of documents in the live index. */
    long size();

    /**
     * Starts building a fresh index beside the live one (or resumes the one in {@code directory}). For the rebuild of
     * one site, {@code onlySite} is that site: the new index starts as a copy of the live one without its documents.
     */
    Rebuild rebuild(String directory, Long onlySite);

    /** A fresh index being filled; searches keep using the live index until {@link #swap}. */
    interface Rebuild {
        void add(List<IndexedDocument> documents);

        /** Makes the documents added so far durable (a resumable checkpoint). */
        void checkpoint();

        /** Replaces the live index with this one. */
        void swap();

        /** Gives up this rebuild and deletes its files. */
        void abandon();
    }
}
