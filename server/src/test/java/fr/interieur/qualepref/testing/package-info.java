/** Test support: the integration-test PostgreSQL, the HTTP client of the API tests, the shared deployment. */
package fr.interieur.qualepref.testing;
