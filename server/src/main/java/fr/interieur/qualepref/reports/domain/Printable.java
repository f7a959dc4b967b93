package fr.interieur.qualepref.reports.domain;

/**
 * A report answer that can also be shown as a document (HTML page, spreadsheet). Its JSON form stays the report's own
 * record; the document is how the same figures are laid out for a reader.
 */
public interface Printable {

    ReportDocument document();
}
