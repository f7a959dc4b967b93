/** REST routes of the sites, under {@code /api/v1/sites}. */
package fr.interieur.qualepref.sites.api;
