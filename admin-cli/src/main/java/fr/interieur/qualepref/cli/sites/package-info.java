/** The {@code sites} commands: provisioning, listing and changing the sites (préfectures, sous-préfectures). */
package fr.interieur.qualepref.cli.sites;
