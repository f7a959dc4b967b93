package fr.interieur.qualepref.platform.errors;

/** The request collides with existing state (a code already taken): HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
