package fr.interieur.qualepref.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.domain.SearchResults;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneEvidenceIndexTest {

    static final long AIX = 1;
    static final long VLF = 2;
    static final Set<Long> BOTH = Set.of(AIX, VLF);
    static final Set<Long> ONLY_AIX = Set.of(AIX);

    @TempDir
    Path root;

    LuceneEvidenceIndex index;

    @BeforeEach
    void open() {
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open("db-1", null)).as("a new index must be filled").isTrue();
        index.apply(List.of(
                doc(10, AIX, DocumentKind.RECORD, "Registre des réclamations 2026", List.of("17.2", "IV.5"),
                        List.of(1), LocalDate.of(2026, 3, 2), "Les réclamations écrites reçoivent une réponse sous "
                                + "quinze jours ouvrés. L'usager est informé du délai.", ""),
                doc(11, AIX, DocumentKind.REFERENCE, "Procédure d'accueil téléphonique", List.of("5"), List.of(1),
                        LocalDate.of(2025, 6, 1), "Le standard décroche avant la cinquième sonnerie.", ""),
                doc(20, VLF, DocumentKind.RECORD, "Réclamations de Villefranche", List.of("17"), List.of(1),
                        LocalDate.of(2026, 1, 5), "Secret de Villefranche : réclamation du maire.", "")),
                List.of());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    static IndexedDocument doc(long id, long site, DocumentKind kind, String title, List<String> refs,
                               List<Integer> modules, LocalDate date, String text, String note) {
        return new IndexedDocument(id, site, kind, Confidentiality.INTERNAL, title, refs, modules, date, text, note);
    }

    SearchResults search(String text, Set<Long> sites) {
        return index.search(new SearchQuery(text, sites, sites, null, null, null, null, null, false, 0, 20));
    }

    static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::documentId).toList();
    }

    @Test
    void aSearchNeverLeavesItsSites() {
        SearchResults r = search("réclamation", Set.of(AIX));
        assertThat(ids(r)).containsExactly(10L);
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.facets().get("site")).containsOnlyKeys("1");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet() + h.titleHighlight())
                .doesNotContain("Villefranche"));
        assertThat(ids(search("Villefranche", Set.of(AIX)))).isEmpty();
        assertThat(search("Villefranche", Set.of(AIX)).facets().get("kind")).isEmpty();
        assertThat(ids(search("site:2 OR Villefranche", Set.of(AIX)))).as("a field in the query cannot widen it")
                .isEmpty();
        assertThat(ids(search("réclamation", Set.of(AIX, VLF)))).containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void frenchAnalysisFoldsAccentsElisionsAndPlurals() {
        assertThat(ids(search("reclamation", Set.of(AIX)))).containsExactly(10L);
        assertThat(ids(search("RÉCLAMATIONS", Set.of(AIX)))).containsExactly(10L);
        assertThat(ids(search("usager", Set.of(AIX)))).as("l'usager").containsExactly(10L);
        assertThat(ids(search("accueil", Set.of(AIX)))).as("d'accueil").containsExactly(11L);
        assertThat(ids(search("telephonique", Set.of(AIX)))).containsExactly(11L);
        assertThat(ids(search("les", Set.of(AIX)))).as("a stop word alone matches nothing").isEmpty();
    }

    @Test
    void querySyntaxPhrasesBooleansPrefixesAndFields() {
        assertThat(ids(search("\"quinze jours ouvrés\"", Set.of(AIX)))).containsExactly(10L);
        assertThat(ids(search("\"jours quinze\"", Set.of(AIX)))).isEmpty();
        assertThat(ids(search("réclamation OR sonnerie", Set.of(AIX)))).containsExactlyInAnyOrder(10L, 11L);
        assertThat(ids(search("réclamation AND sonnerie", Set.of(AIX)))).isEmpty();
        assertThat(ids(search("usager NOT standard", Set.of(AIX)))).containsExactly(10L);
        assertThat(ids(search("téléph*", Set.of(AIX)))).containsExactly(11L);
        assertThat(ids(search("title:procédure", Set.of(AIX)))).containsExactly(11L);
        assertThat(ids(search("ref:17", Set.of(AIX, VLF)))).containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void badSyntaxSaysWhere() {
        assertThatThrownBy(() -> search("réclamation AND (", Set.of(AIX))).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("column");
        assertThatThrownBy(() -> search("\"ouvert", Set.of(AIX))).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> search("*eclamation", Set.of(AIX))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void facetsAreCountedOnTheFirstPageOrWhenAskedAndNeverChangeTheHits() {
        // ADR 0007, amendment 3: the facets are a pass over every match; a later page does not count them unless asked
        SearchQuery first = new SearchQuery("réclamation", BOTH, ONLY_AIX, null, null, null, null, null, false, 0, 1);
        assertThat(first.facets()).isTrue();
        SearchQuery second = new SearchQuery("réclamation", BOTH, ONLY_AIX, null, null, null, null, null, false, 1, 1);
        assertThat(second.facets()).isFalse();
        for (boolean byDate : List.of(false, true)) {
            SearchQuery q = new SearchQuery("réclamation", BOTH, ONLY_AIX, null, null, null, null, null, byDate, 1,
                    1);
            SearchResults without = index.search(q);
            SearchResults with = index.search(q.withFacets(true));
            assertThat(without.facets()).isNull();
            assertThat(without.total()).isEqualTo(with.total()).isEqualTo(2);
            assertThat(ids(without)).isEqualTo(ids(with)).hasSize(1);
            assertThat(without.hits().get(0).snippet()).isEqualTo(with.hits().get(0).snippet()).contains("<mark>");
            assertThat(with.facets().get("site")).containsEntry("1", 1L).containsEntry("2", 1L);
            SearchResults firstPage = index.search(new SearchQuery("réclamation", BOTH, ONLY_AIX, null, null, null,
                    null, null, byDate, 0, 1).withFacets(false));
            assertThat(firstPage.facets()).isNull();
            assertThat(firstPage.total()).isEqualTo(2);
        }
        // the site filter applies alike without facets
        SearchResults aixOnly = index.search(new SearchQuery("réclamation OR Villefranche", ONLY_AIX, ONLY_AIX, null,
                null, null, null, null, false, 0, 20, false));
        assertThat(ids(aixOnly)).containsExactly(10L);
        assertThat(aixOnly.total()).isEqualTo(1);
    }

    @Test
    void aPageHighlightedInTwoHalvesKeepsEachSnippetWithItsHit() {
        List<IndexedDocument> many = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(doc(100 + i, AIX, DocumentKind.RECORD, "Compte rendu " + i, List.of("5"), List.of(1),
                    LocalDate.of(2024, 1, 1 + i), "Séance numéro" + i + " du comité. Le comité des usagers s'est "
                            + "réuni." + " Le comité entend".repeat(i + 1) + ".", ""));
        }
        index.apply(many, List.of());
        index.commit();
        SearchResults r = index.search(new SearchQuery("comité", ONLY_AIX, ONLY_AIX, null, null, null, null, null,
                true, 0, 9));
        assertThat(r.hits()).hasSize(9);
        for (SearchResults.Hit h : r.hits()) {
            long n = h.documentId() - 100;
            assertThat(h.titleHighlight()).isEqualTo("Compte rendu " + n);
            assertThat(h.snippet()).contains("numéro" + n + " du <mark>comité</mark>");
        }
    }

    @Test
    void filtersFacetsSnippetsAndSort() {
        SearchQuery byRef = new SearchQuery("", BOTH, BOTH, null, "17", null, null, null, false, 0, 20);
        assertThat(ids(index.search(byRef))).containsExactlyInAnyOrder(10L, 20L);
        SearchQuery byItem = new SearchQuery("", BOTH, BOTH, null, "17.2", null, null, null, false, 0, 20);
        assertThat(ids(index.search(byItem))).containsExactly(10L);
        SearchQuery byKind = new SearchQuery("", ONLY_AIX, ONLY_AIX, DocumentKind.REFERENCE, null, null, null, null,
                false, 0, 20);
        assertThat(ids(index.search(byKind))).containsExactly(11L);
        SearchQuery byDates = new SearchQuery("", BOTH, BOTH, null, null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), false, 0, 20);
        assertThat(ids(index.search(byDates))).containsExactly(20L);
        SearchQuery newest = new SearchQuery("", BOTH, BOTH, null, null, null, null, null, true, 0, 2);
        SearchResults page = index.search(newest);
        assertThat(ids(page)).containsExactly(10L, 20L);
        assertThat(page.total()).isEqualTo(3);
        assertThat(ids(index.search(new SearchQuery("", BOTH, BOTH, null, null, null, null, null, true, 1,
                2)))).containsExactly(11L);
        SearchResults all = search("", Set.of(AIX));
        assertThat(all.facets().get("kind")).containsEntry("RECORD", 1L).containsEntry("REFERENCE", 1L);
        assertThat(all.facets().get("commitment")).containsEntry("17", 1L).containsEntry("IV.5", 1L)
                .containsEntry("5", 1L);
        assertThat(all.facets().get("year")).containsEntry("2026", 1L).containsEntry("2025", 1L);
        assertThat(all.facets().get("module")).containsEntry("1", 2L);
        SearchResults hit = search("reclamation delai", Set.of(AIX));
        assertThat(hit.hits().get(0).snippet()).contains("<mark>réclamations</mark>").contains("<mark>délai</mark>");
        assertThat(hit.hits().get(0).titleHighlight()).contains("<mark>réclamations</mark>");
        // phrases are highlighted strictly (words of the phrase elsewhere are not marked), prefixes are expanded
        String phrase = search("\"quinze jours\"", Set.of(AIX)).hits().get(0).snippet();
        assertThat(phrase).contains("<mark>quinze</mark> <mark>jours</mark>");
        String notPhrase = search("\"jours quinze\" OR informé", Set.of(AIX)).hits().get(0).snippet();
        assertThat(notPhrase).contains("<mark>informé</mark>").doesNotContain("<mark>quinze</mark>");
        assertThat(search("réclam*", Set.of(AIX)).hits().get(0).snippet()).contains("<mark>réclamations</mark>");
    }

    @Test
    void restrictedDocumentsAreNeitherHitsNorCountsNorSnippetsWhereTheCallerDoesNotReadThem() {
        index.apply(List.of(new IndexedDocument(13, AIX, DocumentKind.RECORD, Confidentiality.RESTRICTED,
                "Réclamation nominative", List.of("17.2"), List.of(1), LocalDate.of(2026, 5, 1),
                "Monsieur Dupont conteste le délai de réponse à sa réclamation.", "")), List.of());
        index.commit();
        SearchQuery agent = new SearchQuery("réclamation", ONLY_AIX, Set.of(), null, null, null, null, null, false,
                0, 20);
        SearchResults hidden = index.search(agent);
        assertThat(ids(hidden)).containsExactly(10L);
        assertThat(hidden.total()).isEqualTo(1);
        assertThat(hidden.facets().get("kind")).containsEntry("RECORD", 1L);
        assertThat(hidden.facets().get("commitment")).containsEntry("17", 1L);
        assertThat(ids(index.search(new SearchQuery("dupont", ONLY_AIX, Set.of(), null, null, null, null, null,
                false, 0, 20)))).isEmpty();
        assertThat(ids(index.search(new SearchQuery("confidentiality:RESTRICTED", ONLY_AIX, Set.of(), null, null,
                null, null, null, false, 0, 20)))).as("a field typed in the query cannot widen it").isEmpty();

        SearchResults referent = index.search(new SearchQuery("réclamation", ONLY_AIX, ONLY_AIX, null, null, null,
                null, null, false, 0, 20));
        assertThat(ids(referent)).containsExactlyInAnyOrder(10L, 13L);
        assertThat(referent.facets().get("kind")).containsEntry("RECORD", 2L);

        SearchResults auditorOfVlfOnly = index.search(new SearchQuery("réclamation", BOTH, Set.of(VLF), null, null,
                null, null, null, false, 0, 20));
        assertThat(ids(auditorOfVlfOnly)).containsExactlyInAnyOrder(10L, 20L);
        assertThat(auditorOfVlfOnly.facets().get("site")).containsEntry("1", 1L).containsEntry("2", 1L);
    }

    @Test
    void snippetsAreEscaped() {
        index.apply(List.of(doc(12, AIX, DocumentKind.RECORD, "<script>alert(1)</script> réclamation", List.of(),
                List.of(), LocalDate.of(2026, 1, 1), "réclamation <img src=x onerror=alert(1)>", "")), List.of());
        index.commit();
        SearchResults r = search("alert", Set.of(AIX));
        assertThat(r.hits().get(0).snippet()).doesNotContain("<img").contains("&lt;img");
        assertThat(r.hits().get(0).titleHighlight()).doesNotContain("<script>");
    }

    @Test
    void updatesReplaceAndRemovalsDelete() {
        index.apply(List.of(doc(10, AIX, DocumentKind.RECORD, "Registre des réclamations 2026", List.of(),
                List.of(), LocalDate.of(2026, 3, 2), "nouvelle version sans le mot", "")), List.of(11L));
        index.commit();
        assertThat(ids(search("quinze", Set.of(AIX)))).isEmpty();
        assertThat(ids(search("nouvelle", Set.of(AIX)))).containsExactly(10L);
        assertThat(ids(search("", Set.of(AIX)))).containsExactly(10L);
    }

    @Test
    void anIndexOfAnOlderLayoutIsReplaced() throws Exception {
        index.close();
        try (var dir = org.apache.lucene.store.FSDirectory.open(root.resolve(Files.readString(root.resolve("CURRENT"))
                .strip())); var w = new org.apache.lucene.index.IndexWriter(dir,
                new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("qualepref.instance", "db-1").entrySet());
            w.commit();
        }
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open("db-1", null)).as("an index stamped without the current layout is rebuilt").isTrue();
        assertThat(index.size()).isZero();
    }

    @Test
    void matchesBeyondTheSnippetSourceAreFoundCountedAndShowTheBeginning() {
        String filler = "Le guichet accueille les usagers du lundi au vendredi. ".repeat(
                LuceneEvidenceIndex.SNIPPET_SOURCE_CHARS / 40);
        index.apply(List.of(doc(12, AIX, DocumentKind.REFERENCE, "Rapport annuel", List.of("IV.5"), List.of(1),
                LocalDate.of(2026, 4, 1), filler + "La médiation départementale est saisie.", "")), List.of());
        index.commit();
        SearchResults r = search("médiation", Set.of(AIX));
        assertThat(ids(r)).containsExactly(12L);
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).snippet()).startsWith("Le guichet accueille").doesNotContain("<mark>");
        assertThat(r.hits().get(0).title()).isEqualTo("Rapport annuel");
        assertThat(r.hits().get(0).references()).containsExactly("IV.5");
    }

    @Test
    void reopensItsOwnIndexAndReplacesAnotherDatabasesIndex() {
        index.close();
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open("db-1", null)).isFalse();
        assertThat(index.size()).isEqualTo(3);
        index.close();
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open("db-2", null)).as("another database's index is not served").isTrue();
        assertThat(index.size()).isZero();
    }

    @Test
    void aRebuildIsInvisibleUntilTheSwapThenReplacesTheIndex() throws Exception {
        EvidenceIndex.Rebuild rebuild = index.rebuild(index.newDirectoryName(), null);
        rebuild.add(List.of(doc(30, AIX, DocumentKind.MINUTES, "Comité des usagers", List.of("IV.5"), List.of(),
                LocalDate.of(2026, 4, 1), "Compte rendu", "")));
        rebuild.checkpoint();
        assertThat(ids(search("", Set.of(AIX)))).as("the live index still answers").containsExactlyInAnyOrder(10L,
                11L);
        rebuild.swap();
        assertThat(ids(search("", Set.of(AIX)))).containsExactly(30L);
        index.apply(List.of(doc(31, AIX, DocumentKind.RECORD, "Après la bascule", List.of(), List.of(),
                LocalDate.of(2026, 4, 2), "", "")), List.of());
        index.commit();
        assertThat(ids(search("bascule", Set.of(AIX)))).containsExactly(31L);
        index.close();
        index = new LuceneEvidenceIndex(root);
        assertThat(index.open("db-1", null)).isFalse();
        assertThat(index.size()).isEqualTo(2);
        try (var dirs = Files.list(root)) {
            assertThat(dirs.filter(Files::isDirectory).count()).as("the old index was deleted").isEqualTo(1);
        }
    }

    @Test
    void anAbandonedRebuildLeavesTheLiveIndex() {
        EvidenceIndex.Rebuild rebuild = index.rebuild(index.newDirectoryName(), null);
        rebuild.add(List.of(doc(40, AIX, DocumentKind.RECORD, "x", List.of(), List.of(), LocalDate.of(2026, 1, 1),
                "", "")));
        rebuild.abandon();
        assertThat(index.size()).isEqualTo(3);
    }
}
