package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.platform.api.Problem;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.registers.application.ImportReport;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** What every register route parses and answers the same way: ids, paging, flags, import reports. */
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
