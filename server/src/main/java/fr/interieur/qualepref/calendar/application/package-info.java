/** The calendar of the request's site, and the closures it declares. */
package fr.interieur.qualepref.calendar.application;
