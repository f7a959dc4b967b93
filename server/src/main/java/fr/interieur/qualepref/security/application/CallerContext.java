package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.security.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, resolved once at the HTTP boundary (the authentication filter) and read by the
 * services below; never re-derived elsewhere.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    public void authenticate(Caller authenticated) {
        if (caller != null) {
            throw new IllegalStateException("the caller of a request is set once");
        }
        caller = authenticated;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    /** The caller, for code behind a route that requires authentication. */
    public Caller required() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
