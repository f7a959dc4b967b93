package fr.interieur.qualepref.sites.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.platform.tenancy.TenantContext;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.SiteType;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.sites.domain.CommitmentExclusion;
import fr.interieur.qualepref.sites.domain.CommitmentExclusions;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The commitments a sous-préfecture does not apply (II.2), with their mandatory justification. Works in the site of
 * the request's {@link TenantContext}: the caller's right to that site was checked at the HTTP boundary.
 */
@ApplicationScoped
@Transactional
@SiteScoped
public class ExclusionService {

    @Inject
    CommitmentExclusions exclusions;

    @Inject
    ReferentialCatalog referential;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    /**
     * The site's exclusions. Read by someone who holds no role on the site (the DMAT, a regional pilot), it is a
     * national or regional read of a site's records: recorded in the site's audit trail.
     */
    public List<CommitmentExclusion> list() {
        var caller = callers.required();
        long site = tenant.required();
        if (caller.grants().stream().noneMatch(g -> g.siteId() != null && g.siteId() == site)) {
            audit.record(actor(), site, "CommitmentExclusion", "*", "READ", null, null);
        }
        return exclusions.all();
    }

    /** Marks a commitment not applicable, or replaces the justification of an existing exclusion. */
    public CommitmentExclusion exclude(Site site, int commitmentNumber, String justification) {
        if (site.type() != SiteType.SOUS_PREFECTURE) {
            throw RuleViolation.of("EXCLUSION_FOR_SOUS_PREFECTURES", "II.2",
                    "seules les sous-préfectures écartent les engagements étrangers à leurs missions",
                    "only a sous-préfecture may mark a commitment not applicable");
        }
        Commitment commitment = referential.commitment(site.referentialVersion(), commitmentNumber);
        if (!site.modules().contains(commitment.module().number())) {
            throw RuleViolation.of("EXCLUSION_OUTSIDE_MODULES", "II.2",
                    "l'engagement " + commitmentNumber + " relève du module " + commitment.module().number()
                            + ", que le site n'a pas retenu",
                    "commitment " + commitmentNumber + " belongs to module " + commitment.module().number()
                            + ", which the site does not take");
        }
        String login = callers.required().login();
        var existing = exclusions.forCommitment(commitmentNumber);
        String before = existing.map(e -> e.justification()).orElse(null);
        existing.ifPresent(exclusions::remove);
        CommitmentExclusion exclusion = new CommitmentExclusion(commitmentNumber, justification.strip(), login,
                OffsetDateTime.now(ZoneOffset.UTC));
        exclusions.store(exclusion);
        audit.record(actor(), tenant.required(), "CommitmentExclusion", Integer.toString(commitmentNumber),
                existing.isPresent() ? "UPDATE" : "CREATE", before, exclusion.justification());
        return exclusion;
    }

    public void include(int commitmentNumber) {
        CommitmentExclusion exclusion = exclusions.forCommitment(commitmentNumber).orElseThrow(() -> new NotFound(
                "Commitment " + commitmentNumber + " is not marked not applicable for this site."));
        exclusions.remove(exclusion);
        audit.record(actor(), tenant.required(), "CommitmentExclusion", Integer.toString(commitmentNumber),
                "DELETE", exclusion.justification(), null);
    }

    private AuditTrail.Actor actor() {
        var c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }
}
