/** What every bounded context stands on: persistence, start-up, configuration and REST plumbing. */
package fr.interieur.qualepref.platform;
