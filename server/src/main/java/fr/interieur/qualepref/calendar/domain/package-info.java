/** Public holidays per department, working-day arithmetic, clock-hour delays, declared closures. */
package fr.interieur.qualepref.calendar.domain;
