package fr.interieur.qualepref.platform.web;

import fr.interieur.qualepref.platform.api.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the servlet container (see web.xml): paths outside JAX-RS and container-level refusals answer
 * with the same problem+json as the API, never with an HTML page or a stack trace.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    /** Logs the failure with an id the client can quote; the client gets the id, never the trace. */
    private static String incident(HttpServletRequest req, String uri) {
        String id = UUID.randomUUID().toString();
        Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, "Incident " + id + " on " + uri, error);
        return "An unexpected error occurred; incident " + id + " is logged.";
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int code = Optional.ofNullable((Integer) req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).orElse(404);
        String uri = Optional.ofNullable((String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .orElse(req.getRequestURI());
        Response.StatusType status = Optional.<Response.StatusType>ofNullable(Response.Status.fromStatusCode(code))
                .orElse(Response.Status.INTERNAL_SERVER_ERROR);
        String detail = switch (code) {
            case 404 -> "No resource at " + uri + ".";
            case 500 -> incident(req, uri);
            default -> status.getReasonPhrase() + ".";
        };
        resp.setStatus(code);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        JSONB.toJson(Problem.of(status, detail, uri), resp.getWriter());
    }
}
