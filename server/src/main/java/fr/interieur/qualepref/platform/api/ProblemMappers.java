package fr.interieur.qualepref.platform.api;

import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.Unauthenticated;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Turns every failure into an RFC 9457 problem. The one place that decides what a client learns about an error: the
 * detail says what was wrong with the request; a stack trace never leaves the server (unexpected errors get an
 * incident id that is also in the log).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The request path as the client sent it (with /api/v1), for the problem's {@code instance}. */
    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Errors JAX-RS raises itself: unknown route, wrong method, wrong media type, unacceptable, bad request. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            Optional<JsonParsingException> json = causeOfType(e, JsonParsingException.class);
            if (json.isPresent()) {
                return malformedJson(json.get(), uri).toResponse();
            }
            String detail;
            if (e instanceof NotFoundException) {
                detail = "No resource at " + path(uri) + ".";
            } else if (e instanceof NotAllowedException) {
                detail = "Method not allowed on " + path(uri) + "; allowed: "
                        + e.getResponse().getAllowedMethods() + ".";
            } else if (e instanceof NotSupportedException) {
                detail = "Unsupported media type; this route accepts application/json.";
            } else {
                detail = Optional.ofNullable(e.getMessage()).filter(m -> !m.startsWith("HTTP "))
                        .orElse(status.getReasonPhrase());
            }
            Response original = e.getResponse();
            Response.ResponseBuilder r = Response.fromResponse(Problem.of(status, detail, path(uri)).toResponse());
            if (original.getAllowedMethods() != null && !original.getAllowedMethods().isEmpty()) {
                r.allow(original.getAllowedMethods());
            }
            return r.build();
        }
    }

    /** A request body that is not JSON, or JSON that does not fit the expected shape (see JsonBodyReading). */
    @Provider
    public static class MalformedBody implements ExceptionMapper<JsonBodyReading.MalformedBody> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonBodyReading.MalformedBody e) {
            return causeOfType(e, JsonParsingException.class).map(p -> malformedJson(p, uri))
                    .orElseGet(() -> Problem.of(Status.BAD_REQUEST, "The JSON body does not match the expected "
                            + "shape: " + withoutJavaNames(rootMessage(e)), path(uri))).toResponse();
        }
    }

    /** Bean Validation: one entry per invalid field, so a client can fix them all at once. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.size() == 1
                    ? "Invalid field " + errors.get(0).field() + ": " + errors.get(0).message() + "."
                    : errors.size() + " fields are invalid; see errors.";
            return Problem.of(Status.BAD_REQUEST, detail, path(uri)).withErrors(errors).toResponse();
        }

        /** The property path without the Java method and parameter names: "body.modules[0]" becomes "modules[0]". */
        static String fieldName(ConstraintViolation<?> v) {
            List<Path.Node> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
            StringBuilder name = new StringBuilder();
            for (Path.Node node : nodes) {
                switch (node.getKind()) {
                    case METHOD, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                        // the whole body (e.g. missing): "body"; its fields are named without the parameter
                        if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && nodes.size() == 2) {
                            name.append("body");
                        }
                    }
                    default -> {
                        if (!name.isEmpty() && node.getName() != null) {
                            name.append('.');
                        }
                        if (node.getName() != null) {
                            name.append(node.getName());
                        }
                        if (node.getIndex() != null) {
                            name.append('[').append(node.getIndex()).append(']');
                        }
                    }
                }
            }
            return name.isEmpty() ? "body" : name.toString();
        }
    }

    @Provider
    public static class NotFoundEntry extends WithStatus<NotFound> {
        public NotFoundEntry() {
            super(Status.NOT_FOUND);
        }
    }

    @Provider
    public static class Invalid extends WithStatus<InvalidRequest> {
        public Invalid() {
            super(Status.BAD_REQUEST);
        }
    }

    /** RFC 6750: a 401 names the scheme, and says {@code invalid_token} when a bearer token was refused. */
    @Provider
    public static class NotAuthenticated implements ExceptionMapper<Unauthenticated> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Unauthenticated e) {
            String challenge = e.isInvalidToken() ? "Bearer realm=\"qualepref\", error=\"invalid_token\""
                    : "Bearer realm=\"qualepref\"";
            return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, e.getMessage(), path(uri)).toResponse())
                    .header("WWW-Authenticate", challenge).build();
        }
    }

    @Provider
    public static class NotPermitted extends WithStatus<Forbidden> {
        public NotPermitted() {
            super(Status.FORBIDDEN);
        }
    }

    @Provider
    public static class Conflicting extends WithStatus<Conflict> {
        public Conflicting() {
            super(Status.CONFLICT);
        }
    }

    @Provider
    public static class Rules implements ExceptionMapper<RuleViolation> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuleViolation e) {
            List<Problem.Violation> violations = e.broken().stream()
                    .map(b -> new Problem.Violation(b.rule(), b.reference(), b.french(), b.english())).toList();
            String detail = violations.size() == 1
                    ? "Refused: " + violations.get(0).en() + " (" + violations.get(0).reference() + ")."
                    : "Refused: " + violations.size() + " rules are broken; see violations.";
            return Problem.of(UNPROCESSABLE, detail, path(uri)).withViolations(violations).toResponse();
        }
    }

    /** 422 is not in JAX-RS's Status enum. */
    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /**
     * The application's own exceptions whose message is the whole story (not found, invalid, forbidden, conflict):
     * one status each, the message as {@code detail}.
     */
    abstract static class WithStatus<E extends RuntimeException> implements ExceptionMapper<E> {
        private final Response.StatusType status;

        @Context
        UriInfo uri;

        WithStatus(Response.StatusType status) {
            this.status = status;
        }

        @Override
        public Response toResponse(E e) {
            return Problem.of(status, e.getMessage(), path(uri)).toResponse();
        }
    }

    /** Anything else is our fault: 500, an incident id for the support desk, the stack trace in the log only. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        Unexpected withUri(UriInfo u) {
            this.uri = u;
            return this;
        }

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(uri), e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; incident " + incident
                    + " is logged.", path(uri)).toResponse();
        }
    }

    static Problem malformedJson(JsonParsingException e, UriInfo uri) {
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return Problem.of(Status.BAD_REQUEST, "Malformed JSON" + where + ": " + e.getMessage(), path(uri));
    }

    /** JSON-B messages name Java types ("fr.interieur...SiteType"); a client needs the simple name only. */
    static String withoutJavaNames(String message) {
        return message.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1");
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
    }
}
