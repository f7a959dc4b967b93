/**
 * The representations of a {@link fr.interieur.qualepref.reports.domain.Printable} report answer: the HTML page with
 * its SVG charts ({@code text/html}) and the spreadsheet
 * ({@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}), chosen by the request's Accept header.
 */
package fr.interieur.qualepref.reports.api;
