/** Register entries and the rules they obey (dates in order, 17.1/17.2 completeness). */
package fr.interieur.qualepref.registers.domain;
