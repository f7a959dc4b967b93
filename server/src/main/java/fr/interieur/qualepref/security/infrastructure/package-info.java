/** JPA repositories of users, grants, refresh tokens and signing keys; the site lookup; the signing-key readiness. */
package fr.interieur.qualepref.security.infrastructure;
