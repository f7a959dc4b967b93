/** JPA repositories of the audits capability. */
package fr.interieur.qualepref.audits.infrastructure;
