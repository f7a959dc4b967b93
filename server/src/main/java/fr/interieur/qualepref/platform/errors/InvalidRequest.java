package fr.interieur.qualepref.platform.errors;

/** A request that is well-formed but names something impossible (e.g. module 9): HTTP 400 with the reason. */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String detail) {
        super(detail);
    }
}
