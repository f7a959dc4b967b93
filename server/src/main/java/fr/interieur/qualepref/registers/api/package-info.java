/** REST routes of the registers under /sites/{code}/registers. */
package fr.interieur.qualepref.registers.api;
