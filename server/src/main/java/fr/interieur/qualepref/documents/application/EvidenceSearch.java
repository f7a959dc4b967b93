package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.domain.SearchResults;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.security.application.CallerContext;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.RoleGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reads what: the staff of a site (référent qualité, agents) and the auditors granted on it read its documents,
 * each at the confidentiality levels open to their role ({@link Confidentiality}); a regional pilot and the DMAT see
 * no document content unless they hold such a grant. The sites and levels are decided here, from the caller's grants
 * in force, and the index applies them as one filter to hits, counts and snippets.
 */
@ApplicationScoped
public class EvidenceSearch {

    /** The roles that open a site's documents. */
    public static final Set<Role> CONTENT_ROLES = EnumSet.of(Role.QUALITY_REFERENT, Role.AGENT, Role.AUDITOR);

    @Inject
    EvidenceIndex index;

    @Inject
    CallerContext callers;

    /** The sites whose documents the caller may read (grants in force only). */
    public Set<Long> searchableSites() {
        return searchableSites(callers.required());
    }

    public static Set<Long> searchableSites(Caller caller) {
        return caller.grants().stream().filter(g -> CONTENT_ROLES.contains(g.role()) && g.siteId() != null)
                .map(RoleGrant::siteId).collect(Collectors.toSet());
    }

    /** The caller's roles on one site (grants in force only). */
    public static Set<Role> rolesOnSite(Caller caller, long siteId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        caller.grants().stream().filter(g -> g.siteId() != null && g.siteId() == siteId)
                .forEach(g -> roles.add(g.role()));
        return roles;
    }

    /** Whether the caller reads a document of {@code level} of site {@code siteId}. */
    public static boolean reads(Caller caller, long siteId, Confidentiality level) {
        return level.openTo(rolesOnSite(caller, siteId));
    }

    /** Among {@code sites}, those whose restricted documents the caller reads. */
    public Set<Long> restrictedOpen(Set<Long> sites) {
        Caller caller = callers.required();
        return sites.stream().filter(s -> reads(caller, s, Confidentiality.RESTRICTED)).collect(Collectors.toSet());
    }

    /** Searches {@code requested} sites (all the caller may search when empty); a site outside them is a 404. */
    public SearchResults search(SearchQuery query) {
        Set<Long> allowed = searchableSites();
        if (!allowed.containsAll(query.sites()) || !restrictedOpen(query.sites()).containsAll(query.restrictedOpen())) {
            throw new NotFound("No such site.");
        }
        return index.search(query);
    }
}
