package fr.interieur.qualepref.platform.errors;

/** The request collides with existing state (a site code or login already taken, a grant already held): HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
