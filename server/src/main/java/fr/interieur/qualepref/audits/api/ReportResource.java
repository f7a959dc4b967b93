package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.application.AuditQueries;
import fr.interieur.qualepref.audits.application.CoverageReport;
import fr.interieur.qualepref.audits.application.FindingsReport;
import fr.interieur.qualepref.audits.application.NationalReports;
import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.governance.application.GovernanceReport;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.reports.api.PrintableWriter;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteRepository.SiteFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * National consolidation reports for the DMAT; a regional pilot gets the same restricted to its region (the sites it
 * may see: {@link SiteService#list}). Each answers JSON, or, by the Accept header, an HTML page with charts
 * ({@code text/html}) or a spreadsheet ({@link PrintableWriter#XLSX}) — ADR 0014.
 */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, PrintableWriter.HTML, PrintableWriter.XLSX})
@RequestScoped
@Tag(name = "Reports", description = "National consolidation reports")
public class ReportResource {

    @Inject
    SiteService sites;

    @Inject
    AuditQueries audits;

    @Inject
    ReferentialCatalog referential;

    @Inject
    FindingsReport findings;

    @Inject
    GovernanceReport governance;

    /** The sites the caller may see, with their audits and label decisions (national registries). */
    private record Scope(List<Site> sites, List<Audit> audits, List<LabelDecision> decisions) {
    }

    private Scope scope() {
        List<Site> visible = sites.list(new SiteFilter(null, null, null, null, null));
        Set<Long> ids = visible.stream().map(Site::id).collect(Collectors.toSet());
        return new Scope(visible, audits.between(null, null).stream().filter(a -> ids.contains(a.site().id()))
                .toList(), audits.allDecisions().stream().filter(d -> ids.contains(d.siteId())).toList());
    }

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Labelled sites against the sites in scope (II.2), nationally, by region and by type")
    public CoverageReport.Coverage coverage(@QueryParam("on") String on) {
        Scope s = scope();
        return CoverageReport.compute(s.sites(), s.audits(), s.decisions(), day(on));
    }

    @GET
    @Path("labels")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The labels in force that need attention: expiring within 6 months without a renewal audit, "
            + "follow-up audit (about 18 months in) not scheduled")
    public CoverageReport.LabelWarnings labels(@QueryParam("on") String on) {
        Scope s = scope();
        return CoverageReport.warnings(s.sites(), s.audits(), s.decisions(), day(on));
    }

    @GET
    @Path("modules")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Module adoption of the engaged sites, nationally, by region and by type (II.2)")
    public NationalReports.ModuleAdoption modules() {
        var version = referential.version(ReferentialCatalog.LATEST);
        var modules = referential.modules(version).stream().map(m -> m.number())
                .collect(Collectors.toCollection(TreeSet::new));
        return NationalReports.modules(sites.list(new SiteFilter(null, null, null, null, null)), modules);
    }

    @GET
    @Path("audits")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The audit calendar: upcoming and overdue audits, and external audits breaking V.2")
    public NationalReports.Calendar calendar(@QueryParam("on") String on) {
        return NationalReports.calendar(scope().audits(), day(on));
    }

    @GET
    @Path("findings")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The commitments with the most findings in the audits closed over a period (default: the "
            + "last 12 months), nationally and by region")
    public FindingsReport.Findings findings(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = day(to);
        LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : parse("from", from);
        if (start.isAfter(end)) {
            throw new InvalidRequest("from (" + start + ") is after to (" + end + ").");
        }
        Scope s = scope();
        return findings.compute(s.sites(), s.audits(), start, end);
    }

    @GET
    @Path("governance")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "For a year (default this one): the engaged sites that held their comité des usagers "
            + "(IV.5), bilan annuel (V.1) and COFIL (IV.1), and the training compliance of their agents (IV.3)")
    public GovernanceReport.Governance governance(@QueryParam("year") String year, @QueryParam("on") String on) {
        LocalDate today = day(on);
        int y = today.getYear();
        if (year != null && !year.isBlank()) {
            if (!year.matches("20[0-9]{2}")) {
                throw new InvalidRequest("year must be a year 2000–2099, not '" + year + "'.");
            }
            y = Integer.parseInt(year);
        }
        // a past year is judged once it is over: on 1 January of the next year, unless a day is given
        LocalDate evaluatedOn = on == null || on.isBlank() ? min(today, LocalDate.of(y + 1, 1, 1)) : today;
        return governance.compute(sites.list(new SiteFilter(null, null, null, null, null)), y, evaluatedOn);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The day a report is computed on: today in Paris unless given. */
    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? LocalDate.now(ZoneId.of("Europe/Paris")) : parse("the day", text);
    }

    private static LocalDate parse(String what, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(what + " must be a date YYYY-MM-DD, not '" + text + "'.");
        }
    }
}
