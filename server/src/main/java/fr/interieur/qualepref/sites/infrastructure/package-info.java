/** JPA repositories of the sites context. */
package fr.interieur.qualepref.sites.infrastructure;
