/** Governance entities, their enumerations and the yearly checks of chapters IV and V, as pure rules. */
package fr.interieur.qualepref.governance.domain;
