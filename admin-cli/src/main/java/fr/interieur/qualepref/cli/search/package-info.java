/** The {@code search} commands: the evidence index of the documentary system (rebuild with progress). */
package fr.interieur.qualepref.cli.search;
