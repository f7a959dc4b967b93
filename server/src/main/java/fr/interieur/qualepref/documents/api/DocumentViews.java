package fr.interieur.qualepref.documents.api;

import fr.interieur.qualepref.documents.domain.Document;
import fr.interieur.qualepref.documents.domain.DocumentVersion;
import fr.interieur.qualepref.documents.domain.SearchResults;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** JSON shapes of the document and search routes; field names are part of the API contract. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public record DocumentView(long id, String kind, String title, List<String> references, List<Integer> modules,
                               LocalDate documentDate, LocalDate periodStart, LocalDate periodEnd,
                               LocalDate reviewDate, String owner, String confidentiality, String note,
                               int currentVersion, String createdBy, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt, OffsetDateTime withdrawnAt, String withdrawnBy,
                               String withdrawalReason, List<VersionView> versions) {
        static DocumentView of(Document d, List<DocumentVersion> versions) {
            return new DocumentView(d.id(), d.kind().name(), d.title(), d.references(), d.modules(),
                    d.documentDate(), d.periodStart(), d.periodEnd(), d.reviewDate(), d.owner(),
                    d.confidentiality().name(), d.note(), d.currentVersion(), d.createdBy(), d.createdAt(),
                    d.updatedAt(), d.withdrawnAt(), d.withdrawnBy(), d.withdrawalReason(),
                    versions == null ? null : versions.stream().map(VersionView::of).toList());
        }
    }

    public record VersionView(int version, String sha256, long size, String mediaType, String fileName,
                              String extraction, String uploadedBy, OffsetDateTime uploadedAt) {
        static VersionView of(DocumentVersion v) {
            return new VersionView(v.version(), v.sha256(), v.sizeBytes(), v.mediaType(), v.fileName(),
                    v.extraction().name(), v.uploadedBy(), v.uploadedAt());
        }
    }

    public record HitView(long id, String site, String kind, String title, List<String> references,
                          LocalDate date, float score, String titleHighlight, String snippet) {
    }

    public record SearchView(long total, int page, int size, List<HitView> hits,
                             Map<String, Map<String, Long>> facets) {
        static SearchView of(SearchResults r, int page, int size, Map<Long, String> siteCodes) {
            List<HitView> hits = r.hits().stream().map(h -> new HitView(h.documentId(),
                    siteCodes.getOrDefault(h.siteId(), "?"), h.kind(), h.title(), h.references(), h.date(),
                    h.score(), h.titleHighlight(), h.snippet())).toList();
            if (r.facets() == null) {
                // not asked for: the member is left out of the JSON
                return new SearchView(r.total(), page, size, hits, null);
            }
            Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>(r.facets());
            if (facets.containsKey("site")) {
                Map<String, Long> bySite = new java.util.LinkedHashMap<>();
                facets.get("site").forEach((id, n) -> bySite.put(siteCodes.getOrDefault(Long.valueOf(id), id), n));
                facets.put("site", bySite);
            }
            return new SearchView(r.total(), page, size, hits, facets);
        }
    }

    public record RebuildView(long id, String state, String site, long total, long done, String detail) {
    }
}
