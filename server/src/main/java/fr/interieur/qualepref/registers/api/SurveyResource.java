package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.registers.application.SurveyService;
import fr.interieur.qualepref.registers.domain.SurveyResult;
import fr.interieur.qualepref.registers.domain.SurveyFacts;
import fr.interieur.qualepref.registers.domain.SurveyKind;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The survey results of a site (2, 3, 5–8, 10, 15, 51, 53, 54): satisfaction and mystery surveys, per indicator and
 * criterion, with their sample sizes.
 */
@Path("/sites/{code}/registers/surveys")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registers", description = "The registers the chapter VI indicators are computed from")
public class SurveyResource {

    @Inject
    RegisterGate gate;

    @Inject
    SurveyService register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Results of the surveys closed from from to to, a page at a time")
    public PageView list(@PathParam("code") String code, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        gate.readable(code);
        var w = RegisterParams.window(from, to, offset, limit);
        var page = register.list(w.from(), w.to(), w.offset(), w.limit());
        return new PageView(page.total(), w.offset(), w.limit(), page.entries().stream().map(SurveyView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Records a survey result for one criterion of a satisfaction indicator")
    public Response create(@PathParam("code") String code,
                           @NotNull(message = "a JSON body is required") SurveyRequest r) {
        gate.recording(code);
        SurveyResult e = register.record(r.facts());
        return RegisterParams.created(uri, e.id(), SurveyView.of(e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One survey result")
    public SurveyView show(@PathParam("code") String code, @PathParam("id") String id) {
        gate.readable(code);
        return SurveyView.of(register.get(RegisterParams.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Corrects a survey result")
    public SurveyView update(@PathParam("code") String code, @PathParam("id") String id,
                        @NotNull(message = "a JSON body is required") SurveyRequest r) {
        gate.recording(code);
        return SurveyView.of(register.correct(RegisterParams.id(id), r.facts(), r.version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Removes a result recorded by mistake")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        gate.recording(code);
        register.remove(RegisterParams.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT})
    @Operation(summary = "Imports a CSV file (reference, survey, indicator, criterion, conductedOn, respondents, "
            + "satisfied), all or nothing; dryRun=true only checks it; 422 with every rejected line")
    public Response importCsv(@PathParam("code") String code, @QueryParam("dryRun") String dryRun,
                              InputStream body) {
        gate.recording(code);
        return RegisterParams.importCsv(register, dryRun, body, uri);
    }

    /** One entry. */
    public record SurveyView(long id, int version, String reference, SurveyKind survey, String indicator,
            String criterion, LocalDate conductedOn, Integer respondents, Integer satisfied, String recordedBy,
                       OffsetDateTime updatedAt) {
        static SurveyView of(SurveyResult e) {
            SurveyFacts f = e.facts();
            return new SurveyView(e.id(), e.rowVersion(), f.reference(), f.survey(), f.indicator(), f.criterion(),
                    f.conductedOn(), f.respondents(), f.satisfied(), e.recordedBy(),
                    e.updatedAt());
        }
    }

    public record PageView(long total, int offset, int limit, List<SurveyView> entries) {
    }
}
