package fr.interieur.qualepref.documents.bench;

import fr.interieur.qualepref.documents.application.IndexingRunner;
import fr.interieur.qualepref.documents.application.RebuildRunner;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.infrastructure.EvidenceAnalyzer;
import fr.interieur.qualepref.documents.infrastructure.LuceneEvidenceIndex;
import fr.interieur.qualepref.localrunner.LocalDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The evidence-search benchmark. For each corpus size it reports: the indexing rate through the platform's indexing
 * code (SearchIndexing.drain over LuceneEvidenceIndex: pages of 1,000 intents, a near-real-time refresh at most every
 * 250 ms, a commit every 20,000) and through a bare IndexWriter on the
 * same documents; the latency of a fixed mix of auditor queries on the platform index and, in the same run, on
 * PostgreSQL full-text search ('french', GIN) over the same corpus; the size of both on disk; the heap of the JVM.
 *
 * <p>Arguments: {@code <work dir> <size>[,<size>...] [nopg,nobare2,norebuild]} (the third skips parts: PostgreSQL,
 * the bare IndexWriter with several threads, the rebuild). See docs/benchmarks.md for the command.
 */
public final class EvidenceBenchmark {

    static final int WARMUP = 300;
    static final int QUERIES = 2000;
    /**
     * PostgreSQL runs the same mix three times (each of the 200 queries thrice) after 100 warm-up queries: at
     * 1,000,000 documents a query takes a few hundred milliseconds, and ten passes would not fit in a session.
     */
    static final int PG_WARMUP = 100;
    static final int PG_QUERIES = 600;
    static final AtomicLong PEAK_HEAP = new AtomicLong();
    static boolean bareParallel = true;
    static boolean rebuild = true;
    static boolean bareSingle = true;
    static boolean reuse = false;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "server/target/bench");
        long[] sizes = Arrays.stream((args.length > 1 ? args[1] : "100000").split(",")).mapToLong(Long::parseLong)
                .toArray();
        Set<String> skip = Set.of(args.length > 2 ? args[2].split(",") : new String[0]);
        boolean pg = !skip.contains("nopg");
        bareParallel = !skip.contains("nobare2");
        rebuild = !skip.contains("norebuild");
        bareSingle = !skip.contains("nobare");
        reuse = skip.contains("reuse");
        Corpus corpus = Corpus.fromReferential(Path.of("server/src/main/resources/referential/qualepref-2019.yaml"),
                42);
        startHeapSampler();
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d cores; vocabulary %d words%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), corpus.vocabularySize());
        for (long size : sizes) {
            run(work.resolve("n" + size), corpus, size, pg);
        }
    }

    static void run(Path dir, Corpus corpus, long n, boolean pg) throws Exception {
        // "reuse": an index (and a PostgreSQL table) left by an earlier run of the same size is searched again
        // without indexing, so that the query phase can be measured alone on a quiet machine
        boolean reused = reuse && Files.exists(dir.resolve("platform").resolve("CURRENT"));
        if (!reused) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "%n## %,d documents (load average %s)%s%n", n, load(),
                reused ? " — index of an earlier run reused, indexing not measured" : "");
        LuceneEvidenceIndex index = new LuceneEvidenceIndex(dir.resolve("platform"));
        if (reused) {
            if (index.open("bench", null) || index.size() != n) {
                throw new IllegalStateException("the index in " + dir + " is not a complete one of " + n
                        + " documents; run without 'reuse'");
            }
        } else {
            index(dir, corpus, n, index);
        }
        queries(dir, corpus, n, index, pg);
    }

    static void index(Path dir, Corpus corpus, long n, LuceneEvidenceIndex index) throws Exception {
        long t0 = System.nanoTime();
        long bytes = 0;
        for (long i = 1; i <= n; i++) {
            bytes += corpus.document(i).text().length();
        }
        double generate = seconds(t0);
        System.out.printf(Locale.ROOT, "corpus: %.1f s to generate, %,d MB of text (avg %d chars)%n", generate,
                bytes >> 20, bytes / n);

        // Warm-up: both paths index the first documents once, into scratch directories, so that neither is measured
        // while the JIT compiles the analysis chain (the path measured first used to pay for it alone).
        long warm = Math.min(n, 5_000);
        LuceneEvidenceIndex scratch = new LuceneEvidenceIndex(dir.resolve("warm-platform"));
        scratch.open("bench", null);
        IndexingRunner.drain(new GeneratedQueue(corpus, warm), scratch);
        scratch.close();
        bare(dir.resolve("warm-bare"), scratch, corpus, warm, 1);
        deleteTree(dir.resolve("warm-platform"));
        deleteTree(dir.resolve("warm-bare"));

        index.open("bench", null);
        PEAK_HEAP.set(0);
        t0 = System.nanoTime();
        // The indexer's own code (SearchIndexing.drain): pages of 1,000 intents, refreshed at most every 250 ms,
        // committed every 20,000 and at the end; only the PostgreSQL reads are replaced by the generator.
        int drained = IndexingRunner.drain(new GeneratedQueue(corpus, n), index);
        if (drained != n) {
            throw new IllegalStateException("the indexer applied " + drained + " intents of " + n);
        }
        double platformSeconds = seconds(t0) - generate;
        long platformHeap = PEAK_HEAP.get();

        double bareSeconds = bareSingle ? bare(dir.resolve("bare"), index, corpus, n, 1) - generate : Double.NaN;
        int threads = LuceneEvidenceIndex.INDEXING_THREADS;
        // the generation is shared by the threads there
        double bareParallelSeconds = bareParallel ? bare(dir.resolve("bare-parallel"), index, corpus, n, threads)
                - generate / threads : Double.NaN;
        System.out.printf(Locale.ROOT, "indexing: platform path %.0f docs/s (%.1f s, generation excluded, %d "
                        + "threads); bare IndexWriter on the same Lucene documents, 1 thread: %.0f docs/s (%.1f s), "
                        + "ratio platform/bare %.2f; bare with %d threads: %.0f docs/s (%.1f s), ratio %.2f; peak heap "
                        + "while indexing %d MiB%n",
                n / platformSeconds, platformSeconds, threads, n / bareSeconds, bareSeconds,
                bareSeconds / platformSeconds, threads, n / bareParallelSeconds, bareParallelSeconds,
                bareParallelSeconds / platformSeconds, platformHeap >> 20);
        deleteTree(dir.resolve("bare-parallel"));

        System.out.printf(Locale.ROOT, "load average after indexing: %s%n", load());
    }

    static void queries(Path dir, Corpus corpus, long n, LuceneEvidenceIndex index, boolean pg) throws Exception {
        List<Query> mix = queryMix(corpus, new Random(7));
        for (int i = 0; i < WARMUP; i++) {
            index.search(mix.get(i % mix.size()).lucene(true));
            index.search(mix.get(i % mix.size()).lucene(false));
        }
        // The same mix twice in one run: with the five facet dimensions counted on every query (as before ADR 0007's
        // third amendment), then with the facets as a client asks for them by default (first page of a search only)
        searchThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("qualepref-search-")).mapToLong(Thread::getId).toArray();
        // Wall-clock time, and the CPU time of the searching threads (the search pool's too) during each query: on a
        // machine shared with other sessions the first includes waiting for a core, the second not.
        long[] everyQuery = new long[QUERIES];
        long[] asAsked = new long[QUERIES];
        long[] everyCpu = new long[QUERIES];
        long[] askedCpu = new long[QUERIES];
        long hits = 0;
        for (int i = 0; i < QUERIES; i++) {
            long c = cpu();
            long s = System.nanoTime();
            hits += index.search(mix.get(i % mix.size()).lucene(true)).total();
            everyQuery[i] = System.nanoTime() - s;
            everyCpu[i] = cpu() - c;
        }
        for (int i = 0; i < QUERIES; i++) {
            long c = cpu();
            long s = System.nanoTime();
            hits -= index.search(mix.get(i % mix.size()).lucene(false)).total();
            asAsked[i] = System.nanoTime() - s;
            askedCpu[i] = cpu() - c;
        }
        if (hits != 0) {
            throw new IllegalStateException("the totals differ with and without facets");
        }
        System.out.printf(Locale.ROOT, "Lucene search, facets on every query (total, 5 facet dimensions, snippets of "
                + "the page of 20): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", pct(everyQuery, 50),
                pct(everyQuery, 95), pct(everyQuery, 99));
        System.out.printf(Locale.ROOT, "Lucene search, facets as asked (first pages only, %d of %d queries): p50 %.2f "
                        + "ms, p95 %.2f ms, p99 %.2f ms; ratio every/asked at p95 %.2f%n",
                mix.stream().filter(q -> q.page == 0).count(), mix.size(), pct(asAsked, 50), pct(asAsked, 95),
                pct(asAsked, 99), pct(everyQuery, 95) / pct(asAsked, 95));
        System.out.printf(Locale.ROOT, "CPU time per query (calling thread + search pool): facets on every query p50 "
                        + "%.2f ms, p95 %.2f ms, p99 %.2f ms; as asked p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                pct(everyCpu, 50), pct(everyCpu, 95), pct(everyCpu, 99), pct(askedCpu, 50), pct(askedCpu, 95),
                pct(askedCpu, 99));
        long[] lucene = everyQuery;
        System.out.printf(Locale.ROOT, "load average after the Lucene queries: %s%n", load());
        System.out.printf(Locale.ROOT, "index size on disk: platform %d MiB (stored text, offsets, facets), bare %d "
                + "MiB%n", size(dir.resolve("platform")) >> 20,
                Files.exists(dir.resolve("bare")) ? size(dir.resolve("bare")) >> 20 : -1);
        if (!rebuild) {
            index.close();
            if (pg) {
                postgres(dir, corpus, n, mix, lucene);
            }
            return;
        }
        System.gc();
        PEAK_HEAP.set(0);
        long t0 = System.nanoTime();
        String state = RebuildRunner.run(new GeneratedQueue(corpus, n), index);
        System.out.printf(Locale.ROOT, "rebuild (IndexRebuild, pages of 1,000, checkpoint every 20,000, then swap): "
                        + "%s in %.1f s (%.0f docs/s, generation included); peak heap %d MiB of %d MiB; %d documents "
                        + "in the swapped index%n", state, seconds(t0), n / seconds(t0), PEAK_HEAP.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, index.size());
        index.close();

        if (pg) {
            postgres(dir, corpus, n, mix, lucene);
        }
    }

    /**
     * The same Lucene documents (same fields, facets, stored text and offsets) given to a bare IndexWriter with
     * addDocument from {@code threads} threads and committed once: what is left between this and the platform path
     * is the platform's own cost. Returns the seconds taken, generation included.
     */
    static double bare(Path dir, LuceneEvidenceIndex index, Corpus corpus, long n, int threads) throws Exception {
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EvidenceAnalyzer())
                     .setRAMBufferSizeMB(64))) {
            List<Thread> workers = new ArrayList<>();
            List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < threads; t++) {
                long first = 1 + n * t / threads;
                long last = n * (t + 1) / threads;
                Thread worker = new Thread(() -> {
                    try {
                        for (long i = first; i <= last; i++) {
                            w.addDocument(index.toLucene(corpus.document(i)));
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            w.commit();
        }
        return seconds(t0);
    }

    /** The same corpus and query mix on PostgreSQL 15 full-text search. */
    static void postgres(Path dir, Corpus corpus, long n, List<Query> mix, long[] lucene) throws Exception {
        try (LocalDatabase db = LocalDatabase.start(dir.resolve("pg-data"), dir.resolve("pg-bin"), 0, false,
                "bench-owner", "bench-app"); Connection c = db.superuser().getConnection()) {
            long t0 = System.nanoTime();
            boolean loaded = false;
            if (reuse) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CASE WHEN "
                        + "to_regclass('bench_doc_refs') IS NULL THEN -1 ELSE (SELECT count(*) FROM bench_doc) END")) {
                    r.next();
                    loaded = r.getLong(1) == n;
                }
            }
            if (loaded) {
                System.out.println("PostgreSQL: table and indexes of an earlier run reused");
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_doc");
                }
                load(c, corpus, n);
            }
            double load = seconds(t0);
            long[] pgTimes = new long[PG_QUERIES];
            for (int i = 0; i < PG_WARMUP + PG_QUERIES; i++) {
                long s = System.nanoTime();
                mix.get(i % mix.size()).postgres(c);
                if (i >= PG_WARMUP) {
                    pgTimes[i - PG_WARMUP] = System.nanoTime() - s;
                }
            }
            long pgSize;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT pg_total_relation_size('bench_doc')")) {
                r.next();
                pgSize = r.getLong(1);
            }
            System.out.printf(Locale.ROOT, "PostgreSQL FTS (top 20 by ts_rank with ts_headline, count by kind): "
                            + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; load + GIN build %.0f s; "
                            + "table + indexes %d MiB%n",
                    pct(pgTimes, 50), pct(pgTimes, 95), pct(pgTimes, 99), load, pgSize >> 20);
            System.out.printf(Locale.ROOT, "load average after the PostgreSQL queries: %s%n", load());
            System.out.printf(Locale.ROOT, "ratio PostgreSQL (count by kind on every query) / Lucene (facets on every query): p50 %.1fx, "
                    + "p95 %.1fx, p99 %.1fx%n",
                    pct(pgTimes, 50) / pct(lucene, 50), pct(pgTimes, 95) / pct(lucene, 95),
                    pct(pgTimes, 99) / pct(lucene, 99));
        }
    }

    private static void load(Connection c, Corpus corpus, long n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_doc (id bigint PRIMARY KEY, site bigint NOT NULL, kind text NOT NULL, "
                    + "conf text NOT NULL, "
                    + "refs text[] NOT NULL, doc_date date NOT NULL, title text NOT NULL, body text NOT NULL, "
                    + "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('french', title), 'A') || "
                    + "to_tsvector('french', body)) STORED)");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder();
        for (long i = 1; i <= n; i++) {
            IndexedDocument d = corpus.document(i);
            rows.append(d.id()).append('\t').append(d.siteId()).append('\t').append(d.kind()).append('\t')
                    .append(d.confidentiality()).append('\t')
                    .append('{').append(String.join(",", d.references())).append('}').append('\t')
                    .append(d.date()).append('\t').append(tsv(d.title())).append('\t').append(tsv(d.text()))
                    .append('\n');
            if (i % 5000 == 0 || i == n) {
                copy.copyIn("COPY bench_doc (id, site, kind, conf, refs, doc_date, title, body) FROM STDIN",
                        new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX bench_doc_tsv ON bench_doc USING gin (tsv)");
            s.execute("CREATE INDEX bench_doc_site ON bench_doc (site)");
            s.execute("CREATE INDEX bench_doc_refs ON bench_doc USING gin (refs)");
            s.execute("VACUUM ANALYZE bench_doc");
        }
    }

    private static String tsv(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    /**
     * The auditor's mix, fixed by its seed: a single site (an audit) or three sites; terms, two terms, a phrase, a
     * prefix, a commitment filter, a kind filter; one query in five is the second page of its search; every query
 * also computes the snippets of its page, and the facets on every query or as the API's default asks.
     */
    static List<Query> queryMix(Corpus corpus, Random r) {
        List<Query> mix = new ArrayList<>();
        String[] phrases = {"délai de réponse", "comité des usagers", "réclamation", "accueil téléphonique",
            "titre de séjour", "jours ouvrés"};
        for (int i = 0; i < 200; i++) {
            Set<Long> sites = new HashSet<>();
            int siteCount = i % 4 == 0 ? 3 : 1;
            while (sites.size() < siteCount) {
                sites.add(1L + r.nextInt(Corpus.SITES));
            }
            String text;
            String pgText;
            String ref = null;
            String kind = null;
            switch (i % 6) {
                case 0 -> {
                    text = corpus.queryWord(r);
                    pgText = text;
                }
                case 1 -> {
                    String a = corpus.queryWord(r);
                    String b = corpus.queryWord(r);
                    text = a + " " + b;
                    pgText = a + " " + b;
                }
                case 2 -> {
                    String p = phrases[r.nextInt(phrases.length)];
                    text = "\"" + p + "\"";
                    pgText = "\"" + p + "\"";
                }
                case 3 -> {
                    text = corpus.queryWord(r) + " OR " + corpus.queryWord(r);
                    pgText = text.replace(" OR ", " or ");
                }
                case 4 -> {
                    text = corpus.queryWord(r);
                    pgText = text;
                    ref = Integer.toString(1 + r.nextInt(Corpus.COMMITMENTS));
                }
                default -> {
                    text = "";
                    pgText = "";
                    kind = "MINUTES";
                }
            }
            // one query in eight is an agent's (the site's restricted documents hidden), the others an auditor's;
            // one in five asks for the second page of its search (a page 0 and a page 1 of one search are
            // the same filters: the mix's page-1 queries stand for the auditor paging on)
            mix.add(new Query(text, pgText, sites, i % 8 == 1 ? Set.of() : sites, ref, kind, i % 5 == 4 ? 1 : 0));
        }
        return mix;
    }

    record Query(String text, String pgText, Set<Long> sites, Set<Long> restrictedOpen, String ref, String kind,
                 int page) {

        /** The query as the API builds it (facets on the first page only), or with the facets on any page. */
        SearchQuery lucene(boolean facetsAlways) {
            SearchQuery q = new SearchQuery(text, sites, restrictedOpen, kind == null ? null
                    : fr.interieur.qualepref.documents.domain.DocumentKind.valueOf(kind), ref, null, null, null,
                    false, page, 20);
            return facetsAlways ? q.withFacets(true) : q;
        }

        void postgres(Connection c) throws SQLException {
            String match = pgText.isEmpty() ? "true" : "tsv @@ websearch_to_tsquery('french', ?)";
            String filter = " AND site = ANY(?) AND (conf <> 'RESTRICTED' OR site = ANY(?))" + (ref == null ? ""
                    : " AND (refs @> ARRAY[CAST(? AS text)] OR EXISTS (SELECT 1 FROM unnest(refs) x WHERE x LIKE ?))")
                    + (kind == null ? "" : " AND kind = ?");
            String rank = pgText.isEmpty() ? "0" : "ts_rank(tsv, websearch_to_tsquery('french', ?))";
            String top = "SELECT id, ts_headline('french', body, " + (pgText.isEmpty() ? "to_tsquery('french', '')"
                    : "websearch_to_tsquery('french', ?)") + ", 'MaxFragments=2') FROM (SELECT id, body, " + rank
                    + " AS r FROM bench_doc WHERE " + match + filter + " ORDER BY r DESC, doc_date DESC LIMIT 20 OFFSET " + page * 20 + ") t";
            try (PreparedStatement p = c.prepareStatement(top)) {
                int k = 1;
                if (!pgText.isEmpty()) {
                    p.setString(k++, pgText);
                    p.setString(k++, pgText);
                    p.setString(k++, pgText);
                }
                k = bindFilter(c, p, k);
                drain(p);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT kind, count(*) FROM bench_doc WHERE " + match
                    + filter + " GROUP BY kind")) {
                int k = 1;
                if (!pgText.isEmpty()) {
                    p.setString(k++, pgText);
                }
                bindFilter(c, p, k);
                drain(p);
            }
        }

        private int bindFilter(Connection c, PreparedStatement p, int k) throws SQLException {
            p.setArray(k++, c.createArrayOf("bigint", sites.toArray()));
            p.setArray(k++, c.createArrayOf("bigint", restrictedOpen.toArray()));
            if (ref != null) {
                p.setString(k++, ref);
                p.setString(k++, ref + ".%");
            }
            if (kind != null) {
                p.setString(k++, kind);
            }
            return k;
        }

        private static void drain(PreparedStatement p) throws SQLException {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    r.getObject(1);
                }
            }
        }
    }

    static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** The machine's load average (1, 5, 15 min): other processes share the cores and slow every figure. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long[] searchThreads = new long[0];

    /**
     * CPU time of the threads that search (this one and the index's search pool, found by name after the warm-up),
     * in nanoseconds (the process's own CPU clock ticks by 10 ms here: too coarse).
     */
    static long cpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = threads.getCurrentThreadCpuTime();
        for (long id : searchThreads) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Samples the heap in use every 50 ms and keeps the peak since the last reset. */
    static void startHeapSampler() {
        Thread t = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }
}
