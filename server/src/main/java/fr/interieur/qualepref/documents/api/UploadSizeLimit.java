package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.application.DocumentUploads;
import fr.interieur.qualepref.platform.api.Problem;
import fr.interieur.qualepref.platform.api.RequestSizeLimit;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a multipart upload whose declared length is beyond the file limit plus room for the metadata part, before
 * a byte of it is read (a client sending "Expect: 100-continue" never sends the body). A body without a length
 * (chunked) is counted as the multipart reader reads it and refused with the same 413 once past that size, so it is
 * never spooled whole; the file itself is counted again while it is staged (DocumentUploads).
 */
@Provider
@PreMatching
public class UploadSizeLimit implements ContainerRequestFilter {

    /** Room for the metadata part and the multipart framing. */
    static final long ENVELOPE_BYTES = 256 * 1024;

    @Inject
    DocumentUploads uploads;

    private Response tooLarge(ContainerRequestContext request, String how) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than the limit of "
                + uploads.maxBytes() + " bytes." + how, request.getUriInfo().getRequestUri().getRawPath())
                .toResponse();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean multipart = request.getMediaType() != null
                && "multipart".equalsIgnoreCase(request.getMediaType().getType());
        if (!multipart) {
            return;
        }
        if (request.getLength() > uploads.maxBytes() + ENVELOPE_BYTES) {
            request.abortWith(tooLarge(request, ""));
        } else if (request.getLength() < 0 && request.hasEntity()) {
            // Chunked: the multipart reader (MIMEPull) buffers every part before the resource sees it, so the
            // count has to happen under it — it stops reading at the limit instead of spooling the whole body.
            request.setEntityStream(RequestSizeLimit.bounded(request.getEntityStream(),
                    uploads.maxBytes() + ENVELOPE_BYTES, () -> tooLarge(request,
                            " The body, sent without a length, was refused as it arrived.")));
        }
    }
}
