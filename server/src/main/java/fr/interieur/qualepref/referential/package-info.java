/**
 * The référentiel Qual-e-pref as versioned data: modules, commitments and their items, control methods, the
 * organisational requirements of chapters IV–V, the indicators of chapter VI and the glossary. Read-only at run time.
 */
package fr.interieur.qualepref.referential;
