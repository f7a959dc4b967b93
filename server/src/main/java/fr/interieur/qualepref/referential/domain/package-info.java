/** Référentiel entities (read-only JPA mappings), their vocabularies, and the module-selection rules of II.2. */
package fr.interieur.qualepref.referential.domain;
