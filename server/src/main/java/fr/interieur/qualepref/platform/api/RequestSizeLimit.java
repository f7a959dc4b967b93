package fr.interieur.qualepref.platform.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over {@code qualepref.api.max-body-bytes} with 413 before they are read: at once when Content-Length
 * says so, and while reading when the body is chunked. File uploads get their own, larger limit in their context;
 * other routes may declare a larger one ({@link BodyLimit}, e.g. the registers' CSV imports).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "qualepref.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Context
    UriInfo uri;

    @Inject
    Instance<BodyLimit> larger;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isMultipart(request)) {
            return;
        }
        long limit = limitOf(request);
        if (request.getLength() > limit) {
            // Refused before reading: a client that sent "Expect: 100-continue" never sends the body at all.
            request.abortWith(tooLarge(limit).toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(bounded(request.getEntityStream(), limit, () -> tooLarge(limit).toResponse()));
        }
    }

    private long limitOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        long limit = maxBodyBytes;
        for (BodyLimit l : larger) {
            OptionalLong own = l.forRequest(request.getMethod(), relative);
            if (own.isPresent() && own.getAsLong() > limit) {
                limit = own.getAsLong();
            }
        }
        return limit;
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        return request.getMediaType() != null && "multipart".equalsIgnoreCase(request.getMediaType().getType());
    }

    Problem tooLarge(long limit) {
        return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than the limit of "
                + limit + " bytes.", ProblemMappers.path(uri));
    }

    /**
     * A body stream that stops with {@code refusal} (a WebApplicationException) as soon as more than {@code limit}
     * bytes are read: for bodies without a Content-Length, so that nothing past the limit is read or buffered.
     */
    public static InputStream bounded(InputStream in, long limit, Supplier<Response> refusal) {
        return new Bounded(in, limit, refusal);
    }

    /** Counts what is read and stops at the limit, for bodies without a Content-Length. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final Supplier<Response> refusal;
        private long count;

        Bounded(InputStream in, long limit, Supplier<Response> refusal) {
            super(in);
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) {
            count += n;
            if (count > limit) {
                Response r = refusal.get();
                throw new WebApplicationException(r.getEntity() instanceof Problem p ? p.detail() : null, r);
            }
        }
    }
}
