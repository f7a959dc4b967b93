/** The {@code referential} commands: reading the Qual-e-pref référentiel (open routes, no login needed). */
package fr.interieur.qualepref.cli.referential;
