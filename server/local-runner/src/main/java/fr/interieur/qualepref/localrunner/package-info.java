/**
 * The project-managed PostgreSQL and Payara Micro process behind {@code ./run}, and the same database for the
 * integration tests. Nothing here is deployed: production points the server at its own PostgreSQL.
 */
package fr.interieur.qualepref.localrunner;
