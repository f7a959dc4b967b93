/** JPA repositories of the governance records; no query names a site (EclipseLink and row-level security do). */
package fr.interieur.qualepref.governance.infrastructure;
