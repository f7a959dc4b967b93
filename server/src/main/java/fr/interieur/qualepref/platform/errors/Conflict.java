package fr.interieur.qualepref.platform.errors;

/** The request would break a uniqueness rule (a login already taken, a grant already held): HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
