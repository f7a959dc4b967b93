/** How the CLI reaches the server: its address, the stored session, the HTTP exchanges and the server's refusals. */
package fr.interieur.qualepref.cli.connection;
