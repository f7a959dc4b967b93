/** Use cases of the référentiel: importing a version from its data file, and reading it. */
package fr.interieur.qualepref.referential.application;
