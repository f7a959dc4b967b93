package fr.interieur.qualepref.governance.api;

import fr.interieur.qualepref.governance.api.GovernanceViews.ComplianceView;
import fr.interieur.qualepref.governance.application.TrainingService;
import java.time.LocalDate;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training compliance (IV.3, 4.2, 50.2): every agent with a training duty and the date each became, or will become,
 * non-compliant; and the list of those out of compliance.
 */
@Path("/sites/{code}/training-compliance")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Governance", description = "Action plans, comité des usagers, COFIL, bilan annuel, training (IV, V)")
public class TrainingComplianceResource {

    @Inject
    GovernanceSites sites;

    @Inject
    TrainingService training;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "Every agent with a training duty on 'on' (today by default), the first to fall due first")
    public List<ComplianceView> all(@PathParam("code") String code, @QueryParam("on") String on) {
        sites.read(code);
        return training.compliance(day(on), false).stream().map(ComplianceView::of).toList();
    }

    @GET
    @Path("/out-of-compliance")
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The agents out of compliance on 'on' (today by default), with the date each became so")
    public List<ComplianceView> outOfCompliance(@PathParam("code") String code, @QueryParam("on") String on) {
        sites.read(code);
        return training.compliance(day(on), true).stream().map(ComplianceView::of).toList();
    }

    private static LocalDate day(String on) {
        return GovernanceSites.date("on", on);
    }
}
