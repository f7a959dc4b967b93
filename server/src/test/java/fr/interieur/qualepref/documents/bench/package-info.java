/**
 * The evidence-search benchmark (a program, not a test): a deterministic French corpus, the platform's indexing path
 * against a bare IndexWriter, search latency against PostgreSQL full-text search, and the heap of a rebuild. Run it
 * with the command in docs/benchmarks.md.
 */
package fr.interieur.qualepref.documents.bench;
