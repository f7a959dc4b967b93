/**
 * The national consolidation reports as documents: one neutral model (titles, facts, tables, charts) that each report
 * lays itself out into, and the representations made from it for people who would rather look than read — a
 * self-contained HTML page with its charts, and a spreadsheet. The figures themselves are computed by the capability
 * that owns them (audits, governance, indicators); this package only presents them.
 */
package fr.interieur.qualepref.reports;
