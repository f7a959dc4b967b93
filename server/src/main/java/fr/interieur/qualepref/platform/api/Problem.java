package fr.interieur.qualepref.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem, {@code detail} tells a human what was
 * wrong with this request; {@code errors} lists field-level violations when there are several.
 *
 * @param type     stable identifier of the kind of problem
 * @param title    short summary of the kind (same for every occurrence)
 * @param status   the HTTP status
 * @param detail   what was wrong with this request
 * @param instance the request path
 * @param errors     one entry per invalid field, or null
 * @param violations the rules a refused request broke (422), or null
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field: where it is in the request, and why it is refused. */
    public record FieldError(String field, String message) {
    }

    /** One broken rule: its name, where the référentiel states it, and what it says in French and English. */
    public record Violation(String rule, String reference, String fr, String en) {
    }

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem(typeFor(status.getStatusCode()), status.getReasonPhrase(), status.getStatusCode(), detail,
                instance, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), violations);
    }

    public Problem withViolations(List<Violation> broken) {
        return new Problem(type, title, status, detail, instance, errors, List.copyOf(broken));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    static String typeFor(int status) {
        return "urn:qualepref:problem:" + status;
    }
}
