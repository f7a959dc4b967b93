package fr.interieur.qualepref.reports.api;

import fr.interieur.qualepref.reports.domain.Printable;
import fr.interieur.qualepref.reports.domain.ReportDocument;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report answer ({@link Printable}) as an HTML page or a spreadsheet when the client asks for one in its
 * Accept header; JSON stays with JSON-B. A route offers these forms by listing {@link #HTML} and {@link #XLSX} in its
 * {@code @Produces}. The spreadsheet comes as an attachment named after the report.
 */
@Provider
@Produces({PrintableWriter.HTML, PrintableWriter.XLSX})
public class PrintableWriter implements MessageBodyWriter<Printable> {

    public static final String HTML = "text/html;charset=utf-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Printable.class.isAssignableFrom(type)
                && (mediaType.isCompatible(MediaType.TEXT_HTML_TYPE) || mediaType.isCompatible(MediaType.valueOf(XLSX)));
    }

    @Override
    public void writeTo(Printable report, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        ReportDocument document = report.document();
        if (mediaType.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Disposition", "inline; filename=\"" + document.name() + ".html\"");
            out.write(ReportPage.html(document).getBytes(StandardCharsets.UTF_8));
        } else {
            headers.putSingle("Content-Disposition", "attachment; filename=\"" + document.name() + ".xlsx\"");
            ReportWorkbook.write(document, out);
        }
    }
}
