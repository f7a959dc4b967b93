/** The {@code qualepref} command line of the DMAT administrators; it talks to the server's REST API only. */
package fr.interieur.qualepref.cli;
