package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.ReadinessView;
import fr.interieur.qualepref.governance.application.ReadinessService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.security.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a référent qualité checks before an audit: the organisational requirements of chapters IV and V. */
@Path("/sites/{code}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class ReadinessResource {

    @Inject
    GovernanceSites sites;

    @Inject
    ReadinessService readiness;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Every organisational requirement of chapters IV-V for 'year' (this year by default): "
            + "MET, NOT_MET or NOT_YET_DUE, with the reasons")
    public ReadinessView show(@PathParam("code") String code, @QueryParam("year") String year) {
        Site site = sites.read(code);
        return ReadinessView.of(site.code(), readiness.readiness(GovernanceSites.year(year)));
    }
}
