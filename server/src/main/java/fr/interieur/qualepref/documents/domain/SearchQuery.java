package fr.interieur.qualepref.documents.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * An evidence search. {@code sites} is the set the caller may search, decided at the HTTP boundary; the index applies
 * it as a filter to every hit, count and snippet.
 *
 * @param text      free text in the query syntax (phrases, AND/OR/NOT, prefix*, field:value); blank for all
 * @param sites     the sites searched (never empty)
 * @param restrictedOpen the searched sites whose {@link Confidentiality#RESTRICTED} documents the caller reads; on
 *                  the others those documents are not hits, not counted, not shown
 * @param kind      only this kind, or null
 * @param reference only documents proving this reference ("17" also matches "17.2"), or null
 * @param module    only this module, or null
 * @param from      document date on or after, or null
 * @param to        document date on or before, or null
 * @param byDate    newest first instead of by relevance
 * @param page      0-based page
 * @param size      hits per page
 * @param facets    whether to count the facets (docs/adr/0007-evidence-index.md, amendment 3): they cost a pass over
 *                  every matching document, and a client needs them once per search, not on every page
 */
public record SearchQuery(String text, Set<Long> sites, Set<Long> restrictedOpen, DocumentKind kind, String reference,
                          Integer module, LocalDate from, LocalDate to, boolean byDate, int page, int size,
                          boolean facets) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("a search covers at least one site");
        }
        sites = Set.copyOf(sites);
        restrictedOpen = Set.copyOf(restrictedOpen);
        if (!sites.containsAll(restrictedOpen)) {
            throw new IllegalArgumentException("restricted documents are opened only on searched sites");
        }
        text = text == null ? "" : text.strip();
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page must be ≥ 0, size between 1 and " + MAX_SIZE
                    + ", and page × size within the first " + MAX_WINDOW + " hits.");
        }
    }

    /** A search with the default for facets: counted on the first page only. */
    public SearchQuery(String text, Set<Long> sites, Set<Long> restrictedOpen, DocumentKind kind, String reference,
                       Integer module, LocalDate from, LocalDate to, boolean byDate, int page, int size) {
        this(text, sites, restrictedOpen, kind, reference, module, from, to, byDate, page, size, page == 0);
    }

    /** The same search, with or without the facet counts. */
    public SearchQuery withFacets(boolean counted) {
        return new SearchQuery(text, sites, restrictedOpen, kind, reference, module, from, to, byDate, page, size,
                counted);
    }
}
