/** REST route of a site's indicators. */
package fr.interieur.qualepref.indicators.api;
