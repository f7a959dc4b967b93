/**
 * Documents and their versions, the référentiel references they prove, review reminders, and the ports to the file
 * store, text extraction and the search index.
 */
package fr.interieur.qualepref.documents.domain;
