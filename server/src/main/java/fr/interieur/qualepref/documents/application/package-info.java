/**
 * Use cases: uploading and reading documents within a site, the indexing of the outbox, searching, rebuilding the
 * index.
 */
package fr.interieur.qualepref.documents.application;
