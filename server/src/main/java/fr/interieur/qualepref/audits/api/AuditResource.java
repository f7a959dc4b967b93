package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.api.AuditViews.AuditView;
import fr.interieur.qualepref.audits.api.AuditViews.DecisionView;
import fr.interieur.qualepref.audits.api.AuditViews.GridLineView;
import fr.interieur.qualepref.audits.api.AuditViews.GridView;
import fr.interieur.qualepref.audits.application.AuditQueries;
import fr.interieur.qualepref.audits.application.AuditService;
import fr.interieur.qualepref.audits.application.GridService;
import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditStatus;
import fr.interieur.qualepref.audits.domain.AuditType;
import fr.interieur.qualepref.audits.domain.InternalAuditorRule;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelDecisionKind;
import fr.interieur.qualepref.audits.domain.Verdict;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Audits (chapter V) by id. Scheduling is under the site ({@link SiteAuditResource}); an audit is then reached by its
 * id, and answers 404 to whoever may not see its site, exactly as an unknown id.
 */
@Path("/audits")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audits", description = "Audits, their grids and the label decisions (chapter V)")
public class AuditResource {

    @Inject
    AuditService audits;

    @Inject
    AuditQueries queries;

    @Inject
    GridService grids;

    @Inject
    SiteService sites;

    @Inject
    CallerContext callers;

    @Inject
    TenantContext tenant;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The audits the caller may see, filtered by dates, region, status and type; with "
            + "unassigned=true, the open audits still waiting for their auditor (internal audits: a mandate, V.2)")
    public List<AuditView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("region") String region, @QueryParam("status") String status,
                                @QueryParam("type") String type, @QueryParam("unassigned") String unassigned) {
        Caller caller = callers.required();
        AuditStatus wantedStatus = status == null ? null : parseStatus(status);
        AuditType wantedType = type == null ? null : parseType(type);
        boolean waiting = flag("unassigned", unassigned);
        return queries.between(date("from", from), date("to", to)).stream()
                .filter(a -> SiteAccess.canRead(caller, a.site()))
                .filter(a -> region == null || a.site().region().equals(region))
                .filter(a -> wantedStatus == null || a.status() == wantedStatus)
                .filter(a -> wantedType == null || a.type() == wantedType)
                .filter(a -> !waiting || a.auditorLogin() == null && a.status().open()
                        && InternalAuditorRule.takesAnAuditor(a.type()))
                .map(AuditView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "One audit")
    public AuditView show(@PathParam("id") String id) {
        return AuditView.of(visible(id));
    }

    @PUT
    @Path("{id}/date")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Moves an audit; the 2-month rule (V.2) is checked again for every external audit")
    public AuditView reschedule(@PathParam("id") String id,
                                @Valid @NotNull(message = "a JSON body is required") RescheduleRequest r) {
        return AuditView.of(audits.reschedule(entered(id).id(), r.date));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT})
    @Operation(summary = "Cancels an audit, with the reason; its auditor's access ends")
    public AuditView cancel(@PathParam("id") String id,
                            @Valid @NotNull(message = "a JSON body is required") CancellationRequest r) {
        return AuditView.of(audits.cancel(entered(id).id(), r.reason));
    }

    @PUT
    @Path("{id}/auditor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Assigns the auditor, who gets read access to the site's evidence for the audit's window; "
            + "an internal audit's auditor is mandated by the region's pilot or the DMAT from the regional pool (V.2)")
    public AuditView assign(@PathParam("id") String id,
                            @Valid @NotNull(message = "a JSON body is required") AuditorRequest r) {
        return AuditView.of(audits.assignAuditor(entered(id).id(), r.login));
    }

    @GET
    @Path("{id}/grid")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Transactional
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The audit grid with verdicts, comments and evidence links (JSON, or CSV with Accept: text/csv)")
    public Response grid(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        GridView grid = gridOf(entered(id));
        if (accept != null && accept.contains("text/csv") && !accept.contains("application/json")) {
            return Response.ok(GridExports.csv(grid), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"audit-" + grid.audit().id() + "-grid.csv\"")
                    .build();
        }
        return Response.ok(grid, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The audit report as one printable HTML page")
    public Response report(@PathParam("id") String id) {
        return Response.ok(GridExports.html(gridOf(entered(id))), "text/html; charset=utf-8").build();
    }

    @PUT
    @Path("{id}/grid/{line}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT, Roles.AUDITOR})
    @Operation(summary = "Sets a line's verdict, comment and evidence documents")
    public GridLineView assess(@PathParam("id") String id, @PathParam("line") String line,
                               @Valid @NotNull(message = "a JSON body is required") AssessmentRequest r) {
        Audit audit = entered(id);
        Verdict verdict;
        try {
            verdict = Verdict.parse(r.verdict);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage() + ".");
        }
        if (r.evidence != null && r.evidence.stream().anyMatch(d -> d == null || d <= 0)) {
            throw new InvalidRequest("evidence lists document ids (positive numbers).");
        }
        AuditLine assessed = audits.assess(audit.id(), number("line", line), verdict, r.comment, r.evidence);
        return GridLineView.of(assessed, grids.evidence(audit.id()).get(assessed.id()));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.QUALITY_REFERENT, Roles.AUDITOR})
    @Operation(summary = "Closes the audit with its report; refused while a line is not assessed")
    public AuditView close(@PathParam("id") String id) {
        return AuditView.of(audits.close(entered(id).id()));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Records the DMAT's label decision after a closed external audit")
    public Response decide(@PathParam("id") String id,
                           @Valid @NotNull(message = "a JSON body is required") DecisionRequest r) {
        Audit audit = entered(id);
        LabelDecision d = audits.decide(audit.id(), LabelDecisionKind.valueOf(r.decision.toUpperCase(Locale.ROOT)),
                r.decidedOn, r.note);
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(d, audit.site().code())).build();
    }

    private GridView gridOf(Audit audit) {
        List<AuditLine> lines = grids.lines(audit.id());
        Map<Long, List<Long>> evidence = grids.evidence(audit.id());
        List<GridLineView> views = lines.stream().map(l -> GridLineView.of(l, evidence.get(l.id()))).toList();
        int assessed = (int) lines.stream().filter(l -> l.verdict().assessed()).count();
        return new GridView(AuditView.of(audit), lines.size(), assessed, views);
    }

    /** The audit if the caller may see its site; 404 otherwise, as for an id that does not exist. */
    private Audit visible(String id) {
        long number = number("audit id", id);
        try {
            Audit audit = queries.find(number);
            sites.visible(audit.site().code());
            return audit;
        } catch (NotFound e) {
            throw new NotFound("No audit " + number + ".");
        }
    }

    /** {@link #visible}, with the audit's site entered: its grid and trail are the site's records. */
    private Audit entered(String id) {
        Audit audit = visible(id);
        tenant.enter(audit.site().id());
        return audit;
    }

    private static long number(String what, String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw new InvalidRequest(what + " must be a positive number, not '" + text + "'.");
        }
        return Long.parseLong(text);
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be a date YYYY-MM-DD, not '" + text + "'.");
        }
    }

    private static boolean flag(String name, String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidRequest(name + " must be true or false, not '" + text + "'.");
    }

    private static AuditStatus parseStatus(String text) {
        try {
            return AuditStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("status must be one of " + Set.of(AuditStatus.values()) + ", not '" + text + "'.");
        }
    }

    private static AuditType parseType(String text) {
        try {
            return AuditType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage() + ".");
        }
    }
}
