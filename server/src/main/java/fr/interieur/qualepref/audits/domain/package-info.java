/** The rules of chapter V as plain Java: scheduling, the grid, verdicts, label validity. No JPA queries here. */
package fr.interieur.qualepref.audits.domain;
