package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.application.DocumentUploads;
import fr.interieur.qualepref.platform.api.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a multipart upload whose declared length is beyond the file limit plus room for the metadata part, before
 * a byte of it is read (a client sending "Expect: 100-continue" never sends the body). Bodies without a length are
 * counted while the file is staged (DocumentUploads), with the same 413.
 */
@Provider
@PreMatching
public class UploadSizeLimit implements ContainerRequestFilter {

    /** Room for the metadata part and the multipart framing. */
    static final long ENVELOPE_BYTES = 256 * 1024;

    @Inject
    DocumentUploads uploads;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean multipart = request.getMediaType() != null
                && "multipart".equalsIgnoreCase(request.getMediaType().getType());
        if (multipart && request.getLength() > uploads.maxBytes() + ENVELOPE_BYTES) {
            request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than the limit "
                    + "of " + uploads.maxBytes() + " bytes.", request.getUriInfo().getRequestUri().getRawPath())
                    .toResponse());
        }
    }
}
