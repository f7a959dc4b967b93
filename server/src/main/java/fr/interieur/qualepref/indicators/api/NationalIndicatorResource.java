package fr.interieur.qualepref.indicators.api;

import fr.interieur.qualepref.calendar.api.DateParam;
import fr.interieur.qualepref.indicators.application.IndicatorDistributions;
import fr.interieur.qualepref.indicators.application.NationalIndicators;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.reports.api.PrintableWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The network's chapter VI indicators for the DMAT (a regional pilot: their region), as distributions only. */
@Path("/indicators/national")
@Produces({MediaType.APPLICATION_JSON, PrintableWriter.HTML, PrintableWriter.XLSX})
@RequestScoped
@Tag(name = "Indicators", description = "Chapter VI indicators computed from the registers")
public class NationalIndicatorResource {

    @Inject
    IndicatorDistributions distributions;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Per indicator and period (MONTH, QUARTER, YEAR): the number of sites reporting it and the "
            + "mean, median, p10 and p90 of their values, nationally and by region (region= restricts to one)")
    public NationalIndicators compute(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("period") String period, @QueryParam("region") String region) {
        LocalDate start = DateParam.required("from", from);
        LocalDate end = DateParam.required("to", to);
        DateParam.checkInterval(start, end, IndicatorResource.MAX_DAYS);
        return distributions.compute(start, end, IndicatorResource.period(period),
                region == null || region.isBlank() ? Optional.empty() : Optional.of(region.strip()));
    }
}
