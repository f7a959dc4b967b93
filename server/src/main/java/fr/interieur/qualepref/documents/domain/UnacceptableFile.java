package fr.interieur.qualepref.documents.domain;

/** A file refused for what its bytes are (see {@link AcceptedTypes}); the message says why. */
public class UnacceptableFile extends RuntimeException {

    public UnacceptableFile(String reason) {
        super(reason);
    }
}
