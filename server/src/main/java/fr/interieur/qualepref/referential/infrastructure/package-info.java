/** The référentiel's YAML reader (SnakeYAML), its JDBC importer and its JPA repository. */
package fr.interieur.qualepref.referential.infrastructure;
