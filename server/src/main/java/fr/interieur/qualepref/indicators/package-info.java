/** The chapter VI indicators, computed per site and period from the registers. */
package fr.interieur.qualepref.indicators;
