package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.application.AuditQueries;
import fr.interieur.qualepref.audits.application.CoverageReport;
import fr.interieur.qualepref.audits.application.FindingsReport;
import fr.interieur.qualepref.audits.application.NationalReports;
import fr.interieur.qualepref.governance.application.GovernanceReport;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.reports.api.PrintableWriter;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * National consolidation reports for the DMAT; a regional pilot gets the same restricted to its region (the sites it
 * may see). Each answers JSON, or, by the Accept header, an HTML page with charts ({@code text/html}) or a
 * spreadsheet ({@link PrintableWriter#XLSX}).
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

    @GET
    @Path("coverage")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Labelled sites against the sites in scope (II.2), nationally, by region and by type")
    public CoverageReport.Coverage coverage(@QueryParam("on") String on) {
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(ZoneId.of("Europe/Paris")) : parse(on);
        var visible = sites.list(new SiteFilter(null, null, null, null, null));
        var ids = visible.stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet());
        var schedule = audits.between(null, null).stream().filter(a -> ids.contains(a.site().id())).toList();
        var decisions = audits.allDecisions().stream().filter(d -> ids.contains(d.siteId())).toList();
        return CoverageReport.compute(visible, schedule, decisions, day);
    }

    @GET
    @Path("modules")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Module adoption of the engaged sites, nationally, by region and by type (II.2)")
    public NationalReports.ModuleAdoption modules() {
        var version = referential.version(ReferentialCatalog.LATEST);
        var modules = referential.modules(version).stream().map(m -> m.number())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return NationalReports.modules(sites.list(new SiteFilter(null, null, null, null, null)), modules);
    }

    @GET
    @Path("audits")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The audit calendar: upcoming and overdue audits, and external audits breaking V.2")
    public NationalReports.Calendar calendar(@QueryParam("on") String on) {
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(ZoneId.of("Europe/Paris")) : parse(on);
        var ids = sites.list(new SiteFilter(null, null, null, null, null)).stream().map(s -> s.id())
                .collect(java.util.stream.Collectors.toSet());
        return NationalReports.calendar(audits.between(null, null).stream()
                .filter(a -> ids.contains(a.site().id())).toList(), day);
    }

    @GET
    @Path("findings")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The commitments with the most findings in the audits closed over a period (default: the "
            + "last 12 months), nationally and by region")
    public FindingsReport.Findings findings(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneId.of("Europe/Paris")) : parse(to);
        LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : parse(from);
        if (start.isAfter(end)) {
            throw new fr.interieur.qualepref.platform.errors.InvalidRequest("from (" + start + ") is after to ("
                    + end + ").");
        }
        return findings.compute(sites.list(new SiteFilter(null, null, null, null, null)), audits.between(null, null),
                start, end);
    }

    @GET
    @Path("labels")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "The labels in force that need attention: expiring within 6 months without a renewal audit, "
            + "follow-up audit (about 18 months in) not scheduled")
    public CoverageReport.LabelWarnings labels(@QueryParam("on") String on) {
        var visible = visibleSites();
        var ids = visible.stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet());
        return CoverageReport.warnings(visible, audits.between(null, null).stream()
                        .filter(a -> ids.contains(a.site().id())).toList(),
                audits.allDecisions().stream().filter(d -> ids.contains(d.siteId())).toList(), day(on));
    }

    @GET
    @Path("governance")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "For a year (default this one): the engaged sites that held their comité des usagers "
            + "(IV.5), bilan annuel (V.1) and COFIL (IV.1), and the training compliance of their agents (IV.3)")
    public GovernanceReport.Governance governance(@QueryParam("year") String year, @QueryParam("on") String on) {
        LocalDate day = day(on);
        int y = day.getYear();
        if (year != null && !year.isBlank()) {
            if (!year.matches("20[0-9]{2}")) {
                throw new fr.interieur.qualepref.platform.errors.InvalidRequest("year must be a year 2000–2099, not '"
                        + year + "'.");
            }
            y = Integer.parseInt(year);
        }
        if (on == null || on.isBlank()) {
            LocalDate endOfYear = LocalDate.of(y, 12, 31);
            day = day.isAfter(endOfYear) ? endOfYear.plusDays(1) : day;
        }
        return governance.compute(visibleSites(), y, day);
    }

    private java.util.List<fr.interieur.qualepref.sites.domain.Site> visibleSites() {
        return sites.list(new SiteFilter(null, null, null, null, null));
    }

    private static LocalDate day(String on) {
        return on == null || on.isBlank() ? LocalDate.now(ZoneId.of("Europe/Paris")) : parse(on);
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new fr.interieur.qualepref.platform.errors.InvalidRequest("on must be a date YYYY-MM-DD, not '"
                    + text + "'.");
        }
    }
}
