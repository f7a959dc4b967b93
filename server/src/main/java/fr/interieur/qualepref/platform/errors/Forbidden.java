package fr.interieur.qualepref.platform.errors;

/** The caller is known but may not do this: HTTP 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String detail) {
        super(detail);
    }
}
