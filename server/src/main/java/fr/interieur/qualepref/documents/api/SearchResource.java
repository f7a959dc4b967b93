package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.api.DocumentViews.RebuildView;
import fr.interieur.qualepref.documents.api.DocumentViews.SearchView;
import fr.interieur.qualepref.documents.application.EvidenceSearch;
import fr.interieur.qualepref.documents.application.IndexRebuild;
import fr.interieur.qualepref.documents.domain.RebuildLog.Progress;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.security.domain.Roles;
import fr.interieur.qualepref.sites.application.SiteService;
import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteRepository.SiteFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evidence search across the sites a caller may search (an auditor granted on several sites), and the DMAT's index
 * rebuild.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Documents", description = "Documentary system and evidence search (IV.2)")
public class SearchResource {

    @Inject
    EvidenceSearch search;

    @Inject
    SiteService sites;

    @Inject
    IndexRebuild rebuild;

    @GET
    @RolesAllowed({Roles.QUALITY_REFERENT, Roles.AGENT, Roles.AUDITOR, Roles.DMAT_ADMIN, Roles.REGIONAL_PILOT})
    @Operation(summary = "Searches the documents of the given sites (repeat 'site'), or of every site the caller may "
            + "search; a site outside them answers 404")
    public SearchView search(@QueryParam("site") List<String> siteCodes, @QueryParam("q") String q,
                             @QueryParam("kind") String kind, @QueryParam("reference") String reference,
                             @QueryParam("module") String module, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("sort") String sort,
                             @QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("facets") String facets) {
        Set<Long> allowed = search.searchableSites();
        Map<Long, String> codes = new HashMap<>();
        for (Site s : sites.list(new SiteFilter(null, null, null, null, null))) {
            if (allowed.contains(s.id())) {
                codes.put(s.id(), s.code());
            }
        }
        Set<Long> chosen = new HashSet<>();
        if (siteCodes == null || siteCodes.isEmpty()) {
            chosen.addAll(codes.keySet());
        } else {
            for (String code : siteCodes) {
                Long id = codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new NotFound("No site '" + code + "'."));
                chosen.add(id);
            }
        }
        if (chosen.isEmpty()) {
            throw new NotFound("You may search no site's documents.");
        }
        return run(search, chosen, codes, q, kind, reference, module, from, to, sort, page, size, facets);
    }

    @POST
    @Path("/rebuilds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "Rebuilds the evidence index from the database, of every site or of {\"site\": CODE}; "
            + "searches use the old index until the swap; 409 while one runs")
    public Response startRebuild(RebuildRequest request) {
        if (request == null || request.site == null || request.site.isBlank()) {
            return Response.accepted(view(rebuild.start(null, null))).build();
        }
        Site site = sites.visible(request.site.strip());
        return Response.accepted(view(rebuild.start(site.id(), site.code()))).build();
    }

    @GET
    @Path("/rebuilds/latest")
    @RolesAllowed(Roles.DMAT_ADMIN)
    @Operation(summary = "The progress of the latest index rebuild")
    public RebuildView latestRebuild() {
        return view(rebuild.latest().orElseThrow(() -> new NotFound("No index rebuild has run yet.")));
    }

    private static RebuildView view(Progress p) {
        return new RebuildView(p.id(), p.state(), p.siteCode(), p.total(), p.done(), p.detail());
    }

    static SearchView run(EvidenceSearch search, Set<Long> sites, Map<Long, String> codes, String q, String kind,
                          String reference, String module, String from, String to, String sort, String page,
                          String size, String facets) {
        int p = page == null || page.isBlank() ? 0 : DocumentResource.number("page", page, SearchQuery.MAX_WINDOW);
        int n = size == null || size.isBlank() ? 20 : DocumentResource.number("size", size, SearchQuery.MAX_SIZE);
        if (sort != null && !sort.isBlank() && !List.of("relevance", "date").contains(sort)) {
            throw new InvalidRequest("sort must be relevance or date, not '" + sort + "'.");
        }
        // facets: counted on the first page by default, on other pages when asked (ADR 0007, amendment 3)
        boolean counted = p == 0;
        if (facets != null && !facets.isBlank()) {
            if (!List.of("true", "false").contains(facets)) {
                throw new InvalidRequest("facets must be true or false, not '" + facets + "'.");
            }
            counted = Boolean.parseBoolean(facets);
        }
        SearchQuery query;
        try {
            query = new SearchQuery(q, sites, search.restrictedOpen(sites), DocumentResource.kind(kind),
                    reference == null || reference.isBlank() ? null : DocumentResource.reference(reference),
                    module == null || module.isBlank() ? null : DocumentResource.number("module", module, 99),
                    DocumentRequest.date("from", from), DocumentRequest.date("to", to), "date".equals(sort), p, n,
                    counted);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage());
        }
        return SearchView.of(search.search(query), p, n, codes);
    }
}
