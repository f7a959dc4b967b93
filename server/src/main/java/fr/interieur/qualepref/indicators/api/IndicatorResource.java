package fr.interieur.qualepref.indicators.api;

import fr.interieur.qualepref.calendar.api.DateParam;
import fr.interieur.qualepref.indicators.application.IndicatorService;
import fr.interieur.qualepref.indicators.domain.IndicatorFigure;
import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.registers.api.RegisterGate;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A site's chapter VI indicators per period, with the counts and the formula behind each figure. */
@Path("/sites/{code}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Indicators", description = "Chapter VI indicators computed from the registers")
public class IndicatorResource {

    /** Five years and a day at most per request: a label cycle (3 years) with room on both sides. */
    static final int MAX_DAYS = 5 * 366;

    @Inject
    RegisterGate gate;

    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's indicators from from to to by period (MONTH, QUARTER, YEAR); open requests are "
            + "judged on asOf (default today)")
    public IndicatorsView compute(@PathParam("code") String code, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("period") String period,
                                  @QueryParam("asOf") String asOf) {
        Site site = gate.readable(code);
        LocalDate start = DateParam.required("from", from);
        LocalDate end = DateParam.required("to", to);
        DateParam.checkInterval(start, end, MAX_DAYS);
        Period p = period(period);
        LocalDate judged = DateParam.orElse("asOf", asOf, LocalDate.now(ZoneId.of("Europe/Paris")));
        return new IndicatorsView(site.code(), site.referentialVersion().code(), start, end, p.name(), judged,
                indicators.compute(site, start, end, p, judged));
    }

    static Period period(String text) {
        if (text == null || text.isBlank()) {
            return Period.YEAR;
        }
        try {
            return Period.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("period must be MONTH, QUARTER or YEAR, not '" + text + "'.");
        }
    }

    /** The figures of one site. */
    public record IndicatorsView(String site, String referentialVersion, LocalDate from, LocalDate to, String period,
                                 LocalDate asOf, List<IndicatorFigure> figures) {
    }
}
