/** JPA storage of the closures a site declares. */
package fr.interieur.qualepref.calendar.infrastructure;
