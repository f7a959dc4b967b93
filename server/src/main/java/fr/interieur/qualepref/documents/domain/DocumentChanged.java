package fr.interieur.qualepref.documents.domain;

/** A document's row and its indexing intent were written; observed after commit to wake the indexer. */
public record DocumentChanged(long siteId, long documentId) {
}
