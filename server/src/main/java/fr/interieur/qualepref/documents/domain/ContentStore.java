package fr.interieur.qualepref.documents.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files by content: the name of a file is the SHA-256 of its bytes, so the same bytes are stored once and a file can
 * be proved unchanged by hashing it again.
 */
public interface ContentStore {

    /**
     * Copies {@code in} into a temporary file of the store, hashing it, refusing more than {@code maxBytes}.
     *
     * @throws TooLarge when the stream is longer than {@code maxBytes} (nothing is kept)
     */
    Staged stage(InputStream in, long maxBytes);

    /** Moves a staged file to its place under its hash (atomically; if the bytes are already there, keeps those). */
    StoredFile keep(Staged staged);

    /** Deletes a staged file that will not be kept. */
    void discard(Staged staged);

    /** The stored file of a hash, if present. */
    Optional<Path> file(String sha256);

    /** A file in the staging area, hashed and counted. */
    record Staged(Path file, String sha256, long size) {
    }

    /** A file in the store. */
    record StoredFile(String sha256, long size) {
    }

    /** The stream was longer than the limit. */
    class TooLarge extends RuntimeException {
        private final long limit;

        public TooLarge(long limit) {
            super("The file is larger than the limit of " + limit + " bytes.");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
