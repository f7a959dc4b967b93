/** HTTP routes of documents (multipart upload, download with the digest) and of the evidence search. */
package fr.interieur.qualepref.documents.api;
