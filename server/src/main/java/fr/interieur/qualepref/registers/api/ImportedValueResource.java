package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.application.ImportedValueService;
import fr.interieur.qualepref.registers.domain.ImportedValue;
import fr.interieur.qualepref.registers.domain.ImportedValueFacts;
import fr.interieur.qualepref.registers.domain.ValuePeriod;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The values a site imports from other systems (Indigo...) for the indicators the référentiel feeds from outside: 10.2,
 * 11.1, 14, 15.1, 19.1, 22, 23, 32, 33, 53.3...
 */
@Path("/sites/{code}/registers/imported-values")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class ImportedValueResource {

    @Inject
    RegisterGate gate;

    @Inject
    ImportedValueService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Values of the months and quarters starting from from to to, a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(ValueView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records an indicator's value for a month or a quarter (one per indicator and period)")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") ImportedValueRequest r) {
        gate.recording(code);
        ImportedValue e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), ValueView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One value")
    public ValueView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return ValueView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects a value")
    public ValueView update(@PathParam("code") String code, @PathParam("id") String id,
                        @NotNull(message = "a JSON body is required") ImportedValueRequest r) {
        gate.recording(code);
        return ValueView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a value recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (indicator, period, periodStart, value, source), all or nothing; "
            + "dryRun=true only checks it; 422 with every rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One entry. */
    public record ValueView(long id, int version, String indicator, ValuePeriod period, LocalDate periodStart,
            BigDecimal value, String source, String recordedBy,
                       OffsetDateTime updatedAt) {
        static ValueView of(ImportedValue e) {
            ImportedValueFacts f = e.facts();
            return new ValueView(e.id(), e.rowVersion(), f.indicator(), f.period(), f.periodStart(), f.value(),
                    f.source(), e.recordedBy(),
                    e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<ValueView> entries) {
    }
}
