/** Read-only REST routes of the référentiel, under {@code /api/v1/referential}. */
package fr.interieur.qualepref.referential.api;
