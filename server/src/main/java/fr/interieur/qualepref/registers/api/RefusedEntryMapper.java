package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.platform.api.Problem;
import fr.interieur.qualepref.registers.application.RefusedEntry;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A register entry that breaks the register's rules: 400, one error per field. */
@Provider
public class RefusedEntryMapper implements ExceptionMapper<RefusedEntry> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RefusedEntry e) {
        return Problem.of(Status.BAD_REQUEST, "The entry breaks the register's rules: " + e.problems().size()
                        + " field(s) refused.", uri == null ? null : uri.getRequestUri().getRawPath())
                .withErrors(e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.reason())).toList())
                .toResponse();
    }
}
