package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.calendar.api.DateParam;
import fr.interieur.qualepref.platform.api.Problem;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.registers.application.ImportReport;
import fr.interieur.qualepref.registers.application.RegisterKeeper;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * What every register route parses and answers the same way: ids, day windows, paging, flags, creations, imports.
 * The routes themselves stay declared in each register's resource (a few lines each): the OpenAPI document, which the
 * cross-tenant suite walks, is built from those declarations, and generic inherited resource methods are not what
 * Payara's OpenAPI reader handles well.
 */
final class RegisterParams {

    static final int MAX_LIMIT = 1000;

    private RegisterParams() {
    }

    /** An entry id; anything else names no entry (404, as an unknown id). */
    static long id(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            throw new NotFound("No entry '" + text + "' in this site's register.");
        }
        return Long.parseLong(text);
    }

    static int number(String name, String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!text.strip().matches("[0-9]{1,9}") || Integer.parseInt(text.strip()) > max) {
            throw new InvalidRequest(name + " must be a whole number from 0 to " + max + ", not '" + text + "'.");
        }
        return Integer.parseInt(text.strip());
    }

    static boolean flag(String name, String text) {
        if (text == null || text.isBlank() || "false".equals(text.strip())) {
            return false;
        }
        if ("true".equals(text.strip())) {
            return true;
        }
        throw new InvalidRequest(name + " must be true or false, not '" + text + "'.");
    }

    /** The days from {@code from} to {@code to} (defaults: the calendar's whole range); 400 when reversed. */
    static Window window(String from, String to, String offset, String limit) {
        LocalDate start = DateParam.orElse("from", from, CorrespondenceFacts.FIRST_DAY);
        LocalDate end = DateParam.orElse("to", to, CorrespondenceFacts.LAST_DAY);
        if (end.isBefore(start)) {
            throw new InvalidRequest("to (" + end + ") is before from (" + start + ").");
        }
        return new Window(start, end, number("offset", offset, 0, Integer.MAX_VALUE),
                number("limit", limit, 100, MAX_LIMIT));
    }

    /** A listing's days and page. */
    record Window(LocalDate from, LocalDate to, int offset, int limit) {
    }

    /** 201 with the entry's location and view. */
    static Response created(UriInfo uri, long id, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(view).build();
    }

    /** Runs an import (UTF-8 CSV) of {@code register} and answers it. */
    static Response importCsv(RegisterKeeper<?, ?, ?> register, String dryRun, InputStream body, UriInfo uri) {
        boolean check = flag("dryRun", dryRun);
        return answer(register.importCsv(new InputStreamReader(body, StandardCharsets.UTF_8), check), uri);
    }

    /** 200 with the report; 422 problem+json carrying the whole report when a line was rejected. */
    static Response answer(ImportReport report, UriInfo uri) {
        if (report.rejected().isEmpty()) {
            return Response.ok(report).build();
        }
        ImportProblem problem = new ImportProblem("urn:qualepref:problem:422", "Unprocessable Content", 422,
                report.rejected().size() + " rejection(s); nothing was stored.", uri.getRequestUri().getRawPath(),
                report.dryRun(), report.lines(), report.accepted(), false, report.rejected());
        return Response.status(422).type(Problem.MEDIA).entity(problem).build();
    }

    /** A refused import: an RFC 9457 problem that carries the whole report. */
    public record ImportProblem(String type, String title, int status, String detail, String instance,
                                boolean dryRun, int lines, int accepted, boolean stored,
                                List<ImportReport.Rejection> rejected) {
    }
}
