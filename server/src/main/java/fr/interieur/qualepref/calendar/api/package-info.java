/** REST routes of a site's calendar: non-working days, deadlines, closures. */
package fr.interieur.qualepref.calendar.api;
