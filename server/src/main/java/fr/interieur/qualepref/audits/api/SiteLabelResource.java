package fr.interieur.qualepref.audits.api;

import fr.interieur.qualepref.audits.api.AuditViews.DecisionView;
import fr.interieur.qualepref.audits.api.AuditViews.LabelView;
import fr.interieur.qualepref.audits.application.AuditQueries;
import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.audits.domain.LabelStatus;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A site's label today (its own root resource, as {@link SiteAuditResource} explains). */
@Path("/sites/{code}/label")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audits")
public class SiteLabelResource {

    @Inject
    AuditQueries queries;

    @Inject
    SiteService sites;

    @GET
    @RolesAllowed({Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT, Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR})
    @Operation(summary = "The site's label today: state, validity, follow-up, warnings and decisions")
    public LabelView label(@PathParam("code") String code) {
        Site site = sites.visible(code);
        List<LabelDecision> decisions = queries.labelDecisions(site.id());
        LabelStatus status = LabelStatus.of(queries.decisions(site.id()),
                queries.ofSite(site.id()).stream().map(Audit::planned).toList(),
                decisions.stream().map(LabelDecision::auditId).collect(Collectors.toSet()),
                LocalDate.now(ZoneId.of("Europe/Paris")));
        return LabelView.of(site.code(), status, decisions.stream().map(d -> DecisionView.of(d, site.code()))
                .toList());
    }
}
