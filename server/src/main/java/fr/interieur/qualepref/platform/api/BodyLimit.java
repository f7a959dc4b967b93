package fr.interieur.qualepref.platform.api;

import java.util.OptionalLong;

/**
 * A larger body limit for some routes than {@code qualepref.api.max-body-bytes}, declared by the context that owns
 * them (e.g. the registers' CSV imports). {@link RequestSizeLimit} asks every such bean before a body is read.
 */
public interface BodyLimit {

    /**
     * The limit in bytes for a request to {@code path} (relative to /api/v1, no leading slash) with method
     * {@code method}, if this context sets one.
     */
    OptionalLong forRequest(String method, String path);
}
