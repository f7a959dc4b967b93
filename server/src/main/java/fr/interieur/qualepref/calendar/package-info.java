/** The working-day calendar of each site: weekends, the department's public holidays, the site's closures. */
package fr.interieur.qualepref.calendar;
