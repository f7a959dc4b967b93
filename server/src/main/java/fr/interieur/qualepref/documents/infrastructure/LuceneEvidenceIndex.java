package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.EvidenceIndex;
import fr.interieur.qualepref.documents.domain.EvidenceReference;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.domain.SearchResults;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The evidence index on local disk (docs/adr/0007-evidence-index.md): one Lucene document per document of any site,
 * keyed by the document id, with a {@code site} field. Every search is a boolean query whose FILTER clause holds the
 * sites the caller may search, so hits, totals, facet counts and snippets all come from those sites only. One
 * IndexWriter (written only by the indexer), a near-real-time SearcherManager refreshed after each commit. A rebuild
 * fills a new directory beside the live one; {@code CURRENT} names the live directory and is replaced atomically at
 * the swap.
 */
@ApplicationScoped
public class LuceneEvidenceIndex implements EvidenceIndex {

    static final String ID = "id";
    static final String SITE = "site";
    static final String KIND = "kind";
    static final String REF = "ref";
    static final String MODULE = "module";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String REFS = "refs";
    static final String COMMITMENT = "commitment";
    static final String YEAR = "year";
    private static final String INSTANCE = "qualepref.instance";
    private static final FieldType TEXT = textType();

    private final Analyzer analyzer = new EvidenceAnalyzer();
    private final Analyzer queryAnalyzer = new PerFieldAnalyzerWrapper(analyzer, Map.of(ID, new KeywordAnalyzer(),
            SITE, new KeywordAnalyzer(), KIND, new KeywordAnalyzer(), REF, new KeywordAnalyzer(), MODULE,
            new KeywordAnalyzer()));
    private final FacetsConfig facets = facetsConfig();
    private final Object writes = new Object();
    private final java.util.concurrent.atomic.AtomicLong names = new java.util.concurrent.atomic.AtomicLong();

    @Inject
    DocumentSettings settings;

    private Path root;
    private String instance;
    private volatile Live live;
    private volatile StateCache stateCache;

    private record Live(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    private record StateCache(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {
    }

    public LuceneEvidenceIndex() {
    }

    /** For tests and the benchmark: an index under {@code root}. */
    public LuceneEvidenceIndex(Path root) {
        this.root = root;
    }

    /**
     * Opens the live index for this database. An index stamped with another database's identity, or unreadable, is
     * replaced by an empty one.
     *
     * @return true when the index is new (empty) and must be filled from the database
     */
    @Override
    public synchronized boolean open(String databaseInstance, String rebuilding) {
        if (root == null) {
            root = settings.index();
        }
        instance = databaseInstance;
        try {
            Files.createDirectories(root);
            Path current = root.resolve("CURRENT");
            String name = Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : null;
            if (name != null && name.matches("index-[0-9]+") && Files.isDirectory(root.resolve(name))) {
                Live opened = openLive(root.resolve(name));
                String stamp = opened.writer.getLiveCommitData() == null ? null : stamp(opened.writer);
                if (instance.equals(stamp)) {
                    live = opened;
                    removeOthers(name, rebuilding);
                    return false;
                }
                close(opened);
            }
            Path fresh = root.resolve(newDirectoryName());
            live = openLive(fresh);
            commitLive();
            point(fresh.getFileName().toString());
            removeOthers(fresh.getFileName().toString(), rebuilding);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the evidence index under " + root, e);
        }
    }

    @Override
    public String newDirectoryName() {
        return "index-" + (System.currentTimeMillis() * 1000 + names.incrementAndGet() % 1000);
    }

    private static String stamp(IndexWriter writer) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (INSTANCE.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private Live openLive(Path path) throws IOException {
        Directory dir = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(dir, writerConfig());
        return new Live(path, dir, writer, new SearcherManager(writer, null));
    }

    private IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    @PreDestroy
    public synchronized void close() {
        Live l = live;
        live = null;
        if (l != null) {
            close(l);
        }
    }

    private static void close(Live l) {
        try {
            l.searchers.close();
            l.writer.close();
            l.directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void apply(List<IndexedDocument> upserts, List<Long> removals) {
        synchronized (writes) {
            try {
                IndexWriter writer = live().writer;
                for (IndexedDocument d : upserts) {
                    writer.updateDocument(new Term(ID, Long.toString(d.id())), toLucene(d));
                }
                for (Long id : removals) {
                    writer.deleteDocuments(new Term(ID, Long.toString(id)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void refresh() {
        try {
            live().searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        synchronized (writes) {
            try {
                commitLive();
                live().searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void commitLive() throws IOException {
        IndexWriter writer = live().writer;
        writer.setLiveCommitData(Map.of(INSTANCE, instance).entrySet());
        writer.commit();
    }

    private Live live() {
        Live l = live;
        if (l == null) {
            throw new IllegalStateException("the evidence index is not open");
        }
        return l;
    }

    @Override
    public long size() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchQuery q) {
        Query user = parse(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, Occur.MUST);
        b.add(new TermInSetQuery(SITE, q.sites().stream().map(s -> new BytesRef(Long.toString(s))).toList()),
                Occur.FILTER);
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(KIND, q.kind().name())), Occur.FILTER);
        }
        if (q.reference() != null) {
            b.add(new TermQuery(new Term(REF, q.reference())), Occur.FILTER);
        }
        if (q.module() != null) {
            b.add(new TermQuery(new Term(MODULE, q.module().toString())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(LongPoint.newRangeQuery(DATE, q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        Query query = b.build();
        return withSearcher(s -> run(s, q, user, query));
    }

    private SearchResults run(IndexSearcher searcher, SearchQuery q, Query user, Query query) throws IOException {
        int n = (q.page() + 1) * q.size();
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = q.byDate()
                ? FacetsCollector.search(searcher, query, n, new Sort(new SortField(DATE, SortField.Type.LONG, true),
                SortField.FIELD_SCORE), fc)
                : FacetsCollector.search(searcher, query, n, fc);
        long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, q.page() * q.size()),
                top.scoreDocs.length);
        List<SearchResults.Hit> hits = new ArrayList<>();
        if (page.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(200_000).build();
            Map<String, String[]> marks = highlighter.highlightFields(new String[] {TITLE, BODY}, user,
                    new TopDocs(top.totalHits, page), new int[] {1, 2});
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                Document d = stored.document(page[i].doc, Set.of(ID, SITE, KIND, TITLE, REFS, DATE));
                String refs = d.get(REFS);
                hits.add(new SearchResults.Hit(Long.parseLong(d.get(ID)), Long.parseLong(d.get(SITE)), d.get(KIND),
                        d.get(TITLE), refs == null || refs.isEmpty() ? List.of() : List.of(refs.split(" ")),
                        LocalDate.ofEpochDay(d.getField(DATE).numericValue().longValue()),
                        Float.isNaN(page[i].score) ? 0f : page[i].score, marks.get(TITLE)[i],
                        marks.get(BODY)[i]));
            }
        }
        return new SearchResults(total, hits, facetCounts(searcher, fc));
    }

    private Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector fc)
            throws IOException {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        if (state == null) {
            return result;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : List.of(SITE, KIND, COMMITMENT, MODULE, YEAR)) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult r;
            try {
                r = counts.getTopChildren(100, dim);
            } catch (IllegalArgumentException noSuchDimension) {
                r = null;
            }
            if (r != null) {
                Stream.of(r.labelValues).sorted(Comparator.comparing((LabelAndValue lv) -> -lv.value.longValue())
                                .thenComparing(lv -> lv.label))
                        .forEach(lv -> values.put(lv.label, lv.value.longValue()));
            }
            result.put(dim, values);
        }
        return result;
    }

    /** The facet ordinals of a reader, computed once per reader (each refresh gives a new one). */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        StateCache cached = stateCache;
        if (helper != null && cached != null && cached.key == helper.getKey()) {
            return cached.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException emptyIndex) {
            return null;
        }
        if (helper != null) {
            stateCache = new StateCache(helper.getKey(), state);
        }
        return state;
    }

    private Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, queryAnalyzer,
                Map.of(TITLE, 2f, BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidRequest("The query is not valid: " + message.replaceFirst("^Cannot parse '.*?': ", "")
                    + " Use words, \"phrases\", AND, OR, NOT, prefix* and field:value (title, body, ref, kind).");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequest("The query is too broad: narrow the prefixes or wildcards.");
        }
    }

    /** The Lucene document of {@code d}, as the index writes it (public for the benchmark's bare IndexWriter). */
    public Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        String site = Long.toString(d.siteId());
        doc.add(new StringField(SITE, site, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SITE, site));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(KIND, d.kind().name()));
        Set<String> refs = new LinkedHashSet<>();
        Set<String> commitments = new LinkedHashSet<>();
        for (String code : d.references()) {
            EvidenceReference ref = new EvidenceReference(code);
            refs.add(code);
            ref.commitment().ifPresent(c -> {
                refs.add(Integer.toString(c));
                commitments.add(Integer.toString(c));
            });
            if (ref.isDisposition()) {
                commitments.add(code);
            }
        }
        refs.forEach(r -> doc.add(new StringField(REF, r, Field.Store.NO)));
        commitments.forEach(c -> doc.add(new SortedSetDocValuesFacetField(COMMITMENT, c)));
        doc.add(new StoredField(REFS, String.join(" ", d.references())));
        for (Integer m : new LinkedHashSet<>(d.modules())) {
            doc.add(new StringField(MODULE, m.toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(MODULE, m.toString()));
        }
        long day = d.date().toEpochDay();
        doc.add(new LongPoint(DATE, day));
        doc.add(new NumericDocValuesField(DATE, day));
        doc.add(new StoredField(DATE, day));
        doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(d.date().getYear())));
        doc.add(new Field(TITLE, d.title(), TEXT));
        doc.add(new Field(BODY, d.note().isEmpty() ? d.text() : d.text() + "\n\n" + d.note(), TEXT));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COMMITMENT, true);
        config.setMultiValued(MODULE, true);
        return config;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs on a searcher of the live index; a swap in between is retried on the new index. */
    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            SearcherManager manager = live().searchers;
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException swapped) {
                if (attempt < 3) {
                    continue;
                }
                throw swapped;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.run(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    manager.release(searcher);
                } catch (IOException | AlreadyClosedException ignored) {
                    // the searcher belonged to an index swapped out meanwhile; nothing to give back
                }
            }
        }
    }

    @Override
    public Rebuild rebuild(String directory, Long onlySite) {
        if (!directory.matches("index-[0-9]+")) {
            throw new IllegalArgumentException("not an index directory name: " + directory);
        }
        try {
            Path path = root.resolve(directory);
            Directory dir = FSDirectory.open(path);
            IndexWriterConfig config = writerConfig();
            IndexWriter writer = new IndexWriter(dir, config);
            if (onlySite != null && writer.getDocStats().maxDoc == 0) {
                seed(writer, onlySite);
            }
            return new LuceneRebuild(path, dir, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the live index's current state, without one site's documents, into a rebuild's writer. */
    private void seed(IndexWriter writer, long exceptSite) throws IOException {
        SearcherManager manager = live().searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaves.add((CodecReader) leaf.reader());
            }
            writer.addIndexes(leaves.toArray(new CodecReader[0]));
        } finally {
            manager.release(searcher);
        }
        writer.deleteDocuments(new Term(SITE, Long.toString(exceptSite)));
        writer.commit();
    }

    private void point(String name) throws IOException {
        Path temp = root.resolve("CURRENT.tmp");
        Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
        Files.move(temp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes index directories other than the live one and the one being rebuilt. */
    private void removeOthers(String keep, String alsoKeep) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path p : dirs.filter(Files::isDirectory).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("index-") && !name.equals(keep) && !name.equals(alsoKeep)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A rebuild's own writer; at the swap it becomes the live writer. */
    private final class LuceneRebuild implements Rebuild {
        private final Path path;
        private final Directory directory;
        private final IndexWriter writer;

        LuceneRebuild(Path path, Directory directory, IndexWriter writer) {
            this.path = path;
            this.directory = directory;
            this.writer = writer;
        }

        @Override
        public void add(List<IndexedDocument> documents) {
            try {
                for (IndexedDocument d : documents) {
                    writer.updateDocument(new Term(ID, Long.toString(d.id())), toLucene(d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void checkpoint() {
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void swap() {
            synchronized (writes) {
                try {
                    writer.setLiveCommitData(Map.of(INSTANCE, instance).entrySet());
                    writer.commit();
                    Live fresh = new Live(path, directory, writer, new SearcherManager(writer, null));
                    point(path.getFileName().toString());
                    Live old = live;
                    live = fresh;
                    if (old != null) {
                        close(old);
                        deleteTree(old.path);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void abandon() {
            try {
                writer.rollback();
                directory.close();
                deleteTree(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** For tests: the number of documents in a committed index directory. */
    static int committedDocs(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }
}
