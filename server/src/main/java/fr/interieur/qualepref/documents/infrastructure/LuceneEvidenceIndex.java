package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.Confidentiality;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
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
    static final String CONFIDENTIALITY = "confidentiality";
    static final String REF = "ref";
    static final String MODULE = "module";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String REFS = "refs";
    static final String COMMITMENT = "commitment";
    static final String YEAR = "year";
    /** The title as given (doc values), for display; TITLE is analysed. */
    static final String TITLE_VALUE = "title.value";
    private static final String INSTANCE = "qualepref.instance";
    /**
     * The layout of the Lucene documents; an index written with another layout is discarded and rebuilt from the
     * database at start-up, like an index of another database.
     */
    static final String SCHEMA = "2";
    /**
     * Snippets are cut from the first characters of the text only: the whole text is indexed (found, counted,
     * ranked), but only this prefix is stored for the highlighter, so a hit on a 500-page PDF does not decompress and
     * scan megabytes to display two lines. A match further on shows the beginning of the document.
     */
    static final int SNIPPET_SOURCE_CHARS = 30_000;
    /** Threads that analyse documents for the writer (at most 4: the disk, not the cores, limits beyond). */
    public static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /**
     * Threads that share one search (ADR 0007, amendment 3): the segments are searched in slices on them and the
     * page's snippets in two halves; the calling thread takes its share, so a busy pool slows a search down but never
     * blocks it. The system property {@code qualepref.search.threads} overrides the default (1: every search on its
     * calling thread alone).
     */
    public static final int SEARCH_THREADS = Math.max(1, Integer.getInteger("qualepref.search.threads",
            Math.min(4, Runtime.getRuntime().availableProcessors())));
    private static final FieldType TEXT = textType(true);
    private static final FieldType TEXT_UNSTORED = textType(false);

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
    private ExecutorService indexers;
    private ExecutorService searchPool;

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
                if (stamp(instance).equals(stamp)) {
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

    /** What a commit of this database's index, in this layout, carries. */
    private static String stamp(String databaseInstance) {
        return databaseInstance + "/" + SCHEMA;
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
        return new Live(path, dir, writer, new SearcherManager(writer, searcherFactory()));
    }

    private IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    @PreDestroy
    public synchronized void close() {
        if (indexers != null) {
            indexers.shutdownNow();
            indexers = null;
        }
        if (searchPool != null) {
            searchPool.shutdownNow();
            searchPool = null;
        }
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
                add(writer, upserts);
                for (Long id : removals) {
                    writer.deleteDocuments(new Term(ID, Long.toString(id)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Adds or replaces documents with one thread per core: analysing the text is most of the cost, and an IndexWriter
     * takes documents from several threads at once (each fills its own in-memory segment).
     */
    private void add(IndexWriter writer, List<IndexedDocument> documents) throws IOException {
        int parts = Math.min(INDEXING_THREADS, documents.size() / 50 + 1);
        // parts > 1 implies INDEXING_THREADS > 1, so the pool has at least one thread
        if (parts <= 1) {
            for (IndexedDocument d : documents) {
                writer.updateDocument(new Term(ID, Long.toString(d.id())), toLucene(d));
            }
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            List<IndexedDocument> part = documents.subList(documents.size() * p / parts,
                    documents.size() * (p + 1) / parts);
            running.add(indexers().submit(() -> {
                for (IndexedDocument d : part) {
                    writer.updateDocument(new Term(ID, Long.toString(d.id())), toLucene(d));
                }
                return null;
            }));
        }
        // the calling thread takes the first part rather than wait
        for (IndexedDocument d : documents.subList(0, documents.size() / parts)) {
            writer.updateDocument(new Term(ID, Long.toString(d.id())), toLucene(d));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("indexing failed", e.getCause());
            }
        }
    }

    /** Searchers over a reader whose segments are searched in parallel slices on the search pool. */
    private SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return SEARCH_THREADS > 1 ? new IndexSearcher(reader, searchPool()) : new IndexSearcher(reader);
            }
        };
    }

    private synchronized ExecutorService searchPool() {
        if (searchPool == null) {
            AtomicInteger n = new AtomicInteger();
            searchPool = Executors.newFixedThreadPool(SEARCH_THREADS, r -> {
                Thread t = new Thread(r, "qualepref-search-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return searchPool;
    }

    private synchronized ExecutorService indexers() {
        if (indexers == null) {
            AtomicInteger n = new AtomicInteger();
            indexers = Executors.newFixedThreadPool(INDEXING_THREADS - 1, r -> {
                Thread t = new Thread(r, "qualepref-index-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return indexers;
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
        writer.setLiveCommitData(Map.of(INSTANCE, stamp(instance)).entrySet());
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
        b.add(readable(q), Occur.FILTER);
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

    /**
     * THE filter of who reads what, applied to hits, totals, facet counts and snippets alike: the searched sites, and
     * on those where the caller does not read restricted documents, everything but them.
     */
    private static Query readable(SearchQuery q) {
        Set<Long> limited = new java.util.HashSet<>(q.sites());
        limited.removeAll(q.restrictedOpen());
        if (limited.isEmpty()) {
            return sites(q.sites());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (!q.restrictedOpen().isEmpty()) {
            any.add(sites(q.restrictedOpen()), Occur.SHOULD);
        }
        any.add(new BooleanQuery.Builder().add(sites(limited), Occur.FILTER)
                .add(new TermQuery(new Term(CONFIDENTIALITY, Confidentiality.RESTRICTED.name())), Occur.MUST_NOT)
                .build(), Occur.SHOULD);
        return new ConstantScoreQuery(any.build());
    }

    private static Query sites(Set<Long> sites) {
        return new TermInSetQuery(SITE, sites.stream().map(s -> new BytesRef(Long.toString(s))).toList());
    }

    private SearchResults run(IndexSearcher searcher, SearchQuery q, Query user, Query query) throws IOException {
        int n = (q.page() + 1) * q.size();
        Sort sort = q.byDate() ? new Sort(new SortField(DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE) : null;
        TopDocs top;
        long total;
        FacetsCollector fc = null;
        if (q.facets()) {
            // a collector per slice of segments, merged (the searcher runs the slices on the search pool)
            FacetsCollectorManager.FacetsResult r = sort != null
                    ? FacetsCollectorManager.search(searcher, query, n, sort, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
            top = r.topDocs();
            fc = r.facetsCollector();
            total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        } else {
            // no facets asked: the top n and an exact total, without remembering every matching document
            // (supportsConcurrency: a collector per slice of segments)
            top = sort != null ? searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE,
                    true)) : searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, true));
            total = top.totalHits.value;
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, q.page() * q.size()),
                top.scoreDocs.length);
        List<SearchResults.Hit> hits = new ArrayList<>();
        if (page.length > 0) {
            String[][] marks = highlight(searcher, user, top, page);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (int i = 0; i < page.length; i++) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
                HitValues v = HitValues.read(leaf.reader(), page[i].doc - leaf.docBase);
                hits.add(new SearchResults.Hit(v.id, v.site, v.kind, v.title,
                        v.refs.isEmpty() ? List.of() : List.of(v.refs.split(" ")), LocalDate.ofEpochDay(v.day),
                        Float.isNaN(page[i].score) ? 0f : page[i].score, marks[0][i], marks[1][i]));
            }
        }
        return new SearchResults(total, hits, fc == null ? null : facetCounts(searcher, fc));
    }

    /**
     * The highlighter of TITLE and BODY, whose postings hold the offsets (see {@link #textType}). The stock one asks
     * the reader's merged FieldInfos which source to use, and a new highlighter per search computed them again
     * every time (one object per field of every segment: 5 % of a query at 100,000 documents, more with more
     * segments); the answer is known.
     */
    private static final class PostingsHighlighter extends UnifiedHighlighter {

        PostingsHighlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }
    }

    /**
     * The highlighted title and snippet of each hit of the page ([0] titles, [1] snippets), the page cut in two halves
     * highlighted at once: the second on the search pool, the first here (and the second here too if no pool thread
     * has taken it by then).
     */
    private String[][] highlight(IndexSearcher searcher, Query user, TopDocs top, ScoreDoc[] page) throws IOException {
        String[][] marks = new String[2][page.length];
        int half = SEARCH_THREADS > 1 && page.length >= 4 ? page.length / 2 : page.length;
        FutureTask<Void> second = new FutureTask<>(() -> {
            highlight(searcher, user, top, page, half, page.length, marks);
            return null;
        });
        if (half < page.length) {
            searchPool().execute(second);
        }
        highlight(searcher, user, top, page, 0, half, marks);
        if (half < page.length) {
            second.run(); // nothing if a pool thread has started it
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while highlighting", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("highlighting failed", e.getCause());
            }
        }
        return marks;
    }

    private void highlight(IndexSearcher searcher, Query user, TopDocs top, ScoreDoc[] page, int from, int to,
                           String[][] marks) throws IOException {
        // Passages end at a full stop (the JDK's sentence BreakIterator cost more than the rest of the page),
        // grown to about 160 characters. The query's terms are looked up in each hit's postings (phrases
        // strictly, prefixes expanded) rather than by "weight matches", which rewrote the query and built a
        // Weight, i.e. a term-dictionary lookup of every term, for every field of every hit (a third of the
        // highlighting time in the profile of docs/benchmarks.md).
        UnifiedHighlighter highlighter = new PostingsHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
                        new CustomSeparatorBreakIterator('.'), 160, 0.5f))
                .withMaxLength(SNIPPET_SOURCE_CHARS));
        Map<String, String[]> found = highlighter.highlightFields(new String[] {TITLE, BODY}, user,
                new TopDocs(top.totalHits, Arrays.copyOfRange(page, from, to)), new int[] {1, 2});
        System.arraycopy(found.get(TITLE), 0, marks[0], from, to - from);
        System.arraycopy(found.get(BODY), 0, marks[1], from, to - from);
    }

    /** What a hit displays, read from doc values (no stored-field block is decompressed). */
    private record HitValues(long id, long site, String kind, String title, String refs, long day) {

        static HitValues read(LeafReader reader, int doc) throws IOException {
            return new HitValues(number(reader, ID, doc), number(reader, SITE, doc), sorted(reader, KIND, doc),
                    binary(reader, TITLE_VALUE, doc), binary(reader, REFS, doc), number(reader, DATE, doc));
        }

        private static long number(LeafReader reader, String field, int doc) throws IOException {
            NumericDocValues values = DocValues.getNumeric(reader, field);
            return values.advanceExact(doc) ? values.longValue() : 0;
        }

        private static String sorted(LeafReader reader, String field, int doc) throws IOException {
            SortedDocValues values = DocValues.getSorted(reader, field);
            return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }

        private static String binary(LeafReader reader, String field, int doc) throws IOException {
            BinaryDocValues values = DocValues.getBinary(reader, field);
            return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
        }
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

    /**
     * The Lucene document of {@code d}, as the index writes it (public for the benchmark's bare IndexWriter). What a
     * hit displays (id, site, kind, title, references, date) is read from doc values, so a page of hits never
     * decompresses the stored blocks; only the title and the snippet source are stored, for the highlighter.
     */
    public Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, d.id()));
        String site = Long.toString(d.siteId());
        doc.add(new StringField(SITE, site, Field.Store.NO));
        doc.add(new NumericDocValuesField(SITE, d.siteId()));
        doc.add(new SortedSetDocValuesFacetField(SITE, site));
        doc.add(new StringField(CONFIDENTIALITY, d.confidentiality().name(), Field.Store.NO));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(d.kind().name())));
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
        doc.add(new BinaryDocValuesField(REFS, new BytesRef(String.join(" ", d.references()))));
        for (Integer m : new LinkedHashSet<>(d.modules())) {
            doc.add(new StringField(MODULE, m.toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(MODULE, m.toString()));
        }
        long day = d.date().toEpochDay();
        doc.add(new LongPoint(DATE, day));
        doc.add(new NumericDocValuesField(DATE, day));
        doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(d.date().getYear())));
        doc.add(new Field(TITLE, d.title(), TEXT));
        doc.add(new BinaryDocValuesField(TITLE_VALUE, new BytesRef(d.title())));
        String body = d.note().isEmpty() ? d.text() : d.text() + "\n\n" + d.note();
        doc.add(new Field(BODY, body, TEXT_UNSTORED));
        doc.add(new StoredField(BODY, body.length() <= SNIPPET_SOURCE_CHARS ? body
                : body.substring(0, SNIPPET_SOURCE_CHARS)));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
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
                LuceneEvidenceIndex.this.add(writer, documents);
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
                    writer.setLiveCommitData(Map.of(INSTANCE, stamp(instance)).entrySet());
                    writer.commit();
                    Live fresh = new Live(path, directory, writer, new SearcherManager(writer, searcherFactory()));
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
