/** JPA and SQL for documents and the outbox, the on-disk content-addressed store, Tika extraction, the Lucene index. */
package fr.interieur.qualepref.documents.infrastructure;
