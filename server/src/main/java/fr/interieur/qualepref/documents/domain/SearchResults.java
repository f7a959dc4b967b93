package fr.interieur.qualepref.documents.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and the facet counts, all computed inside the searched sites only.
 *
 * @param total  hits in all pages
 * @param hits   this page
 * @param facets per dimension (site, kind, commitment, module, year), value → count; null when the search did not
 *               ask for them ({@link SearchQuery#facets()})
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /** A hit: the document, its score and highlighted snippets ({@code <mark>} around matches, text escaped). */
    public record Hit(long documentId, long siteId, String kind, String title, List<String> references,
                      LocalDate date, float score, String titleHighlight, String snippet) {
    }
}
