package fr.interieur.qualepref.platform.errors;

/** The caller asked for something that does not exist (or that it may not know exists): HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
