/** Set-based SQL that computes the figures inside PostgreSQL. */
package fr.interieur.qualepref.indicators.infrastructure;
