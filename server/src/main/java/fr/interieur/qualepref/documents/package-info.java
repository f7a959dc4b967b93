/**
 * The documentary system of a site (IV.2 "organisation documentaire"): reference documents, records, template replies
 * and minutes, their file versions in a content-addressed store, and the Lucene evidence index auditors search
 * (docs/adr/0007-evidence-index.md).
 */
package fr.interieur.qualepref.documents;
