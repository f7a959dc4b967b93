/** {@code qualepref audits} and {@code qualepref labels}: chapter V of the référentiel from the terminal. */
package fr.interieur.qualepref.cli.audits;
