package fr.interieur.qualepref.sites.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.Module;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.SiteType;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.sites.domain.EngagementRules;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteAccess;
import fr.interieur.qualepref.sites.domain.SiteCode;
import fr.interieur.qualepref.sites.domain.SiteRepository;
import fr.interieur.qualepref.sites.domain.SiteRepository.SiteFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Provisioning and upkeep of the site registry by the DMAT, and the site lookups every other context starts from.
 * Each change is checked against II.2 before anything is written, and audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SiteService {

    @Inject
    SiteRepository sites;

    @Inject
    ReferentialCatalog referential;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    TenantBinding tenancy;

    private final Clock clock = Clock.systemUTC();

    public Site create(SiteCommand command) {
        if (!SiteCode.isValid(command.code())) {
            throw new InvalidRequest(invalidCode(command.code()));
        }
        SiteCode code = new SiteCode(command.code());
        if (sites.byCode(code.value()).isPresent()) {
            throw new Conflict("Site " + code + " already exists.");
        }
        Site parent = parent(command.type(), command.parentCode(), code);
        ReferentialVersion version = referential.version(command.referentialVersion() == null
                ? ReferentialCatalog.LATEST : command.referentialVersion());
        checkRules(version, command.type(), command.hasCert(), command.engaged(), command.modules());
        Site site = new Site(code, command.name(), command.type(), command.region(), parent, command.hasCert(),
                version, command.engaged(), command.modules(), command.contact(), now());
        sites.store(site);
        tenancy.bind(site.id());
        audit.record(actor(), site.id(), "Site", site.code(), "CREATE", null, site.summary());
        return site;
    }

    public Site update(String code, SiteCommand command) {
        Site site = existing(code);
        checkRules(site.referentialVersion(), site.type(), command.hasCert(), command.engaged(), command.modules());
        String before = site.summary();
        site.update(command.name(), command.region(), command.hasCert(), command.engaged(), command.modules(),
                command.contact(), now());
        tenancy.bind(site.id());
        audit.record(actor(), site.id(), "Site", site.code(), "UPDATE", before, site.summary());
        return site;
    }

    /** Replaces the modules; the current CERT flag and engagement are checked with them (II.2). */
    public Site setModules(String code, Set<Integer> modules) {
        Site site = existing(code);
        checkRules(site.referentialVersion(), site.type(), site.hasCert(), site.engaged(), modules);
        String before = site.summary();
        site.update(site.name(), site.region(), site.hasCert(), site.engaged(), modules, site.contact(), now());
        tenancy.bind(site.id());
        audit.record(actor(), site.id(), "Site", site.code(), "SET_MODULES", before, site.summary());
        return site;
    }

    public Site deactivate(String code) {
        Site site = existing(code);
        String before = site.summary();
        site.deactivate(now());
        tenancy.bind(site.id());
        audit.record(actor(), site.id(), "Site", site.code(), "DEACTIVATE", before, site.summary());
        return site;
    }

    /**
     * The sites the caller may see that match the filter: all for the DMAT, the region's for a pilot, and otherwise
     * the sites the caller holds a role on.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Site> list(SiteFilter filter) {
        Caller caller = callers.required();
        return sites.find(filter).stream().filter(s -> SiteAccess.canRead(caller, s)).toList();
    }

    /** The site if the caller may see it; "not found" otherwise, whether it exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Site visible(String code) {
        Caller caller = callers.required();
        return sites.byCode(code).filter(s -> SiteAccess.canRead(caller, s))
                .orElseThrow(() -> new NotFound("No site " + code + "."));
    }

    private Site existing(String code) {
        return sites.byCode(code).orElseThrow(() -> new NotFound("No site " + code + "."));
    }

    private Site parent(SiteType type, String parentCode, SiteCode code) {
        if (type != SiteType.SOUS_PREFECTURE) {
            if (parentCode != null) {
                throw new InvalidRequest("Only a sous-préfecture has a parent préfecture.");
            }
            return null;
        }
        if (parentCode == null) {
            throw new InvalidRequest("A sous-préfecture needs its parent préfecture (parent).");
        }
        Site parent = sites.byCode(parentCode).orElseThrow(() -> new InvalidRequest(
                "The parent préfecture " + parentCode + " does not exist."));
        if (parent.type() != SiteType.PREFECTURE || !parent.departmentCode().equals(code.department())) {
            throw new InvalidRequest("The parent of sous-préfecture " + code + " must be the préfecture of department "
                    + code.department() + ", not " + parentCode + ".");
        }
        return parent;
    }

    private void checkRules(ReferentialVersion version, SiteType type, boolean hasCert, boolean engaged,
                            Set<Integer> modules) {
        var broken = EngagementRules.check(type, hasCert, engaged, modules,
                referential.modules(version).stream().map(Module::terms).toList());
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }

    private AuditTrail.Actor actor() {
        Caller c = callers.required();
        return new AuditTrail.Actor(c.userId(), c.login());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String invalidCode(String code) {
        return "'" + code + "' is not a site code: a department code (01–95, 2A, 2B, 971–976), optionally followed "
                + "by '-' and up to 12 upper-case letters or digits.";
    }
}
