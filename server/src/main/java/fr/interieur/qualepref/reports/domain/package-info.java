/** The report document model: sections of tables, each with an optional chart. Plain data, no rendering. */
package fr.interieur.qualepref.reports.domain;
