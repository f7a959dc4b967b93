/** The PostgreSQL data sources, the Flyway migrations run at start-up, and the start-up sequence. */
package fr.interieur.qualepref.platform.persistence;
