/** How commands print what the server answered: aligned table, the server's JSON, or CSV. */
package fr.interieur.qualepref.cli.output;
