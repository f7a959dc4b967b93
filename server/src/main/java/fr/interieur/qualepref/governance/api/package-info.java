/** REST routes of the governance records, under {@code /api/v1/sites/{code}/...}. */
package fr.interieur.qualepref.governance.api;
