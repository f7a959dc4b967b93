package fr.interieur.qualepref.documents.bench;

import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.SearchQuery;
import fr.interieur.qualepref.documents.infrastructure.LuceneEvidenceIndex;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's query mix alone, on an index an earlier {@link EvidenceBenchmark} run left (its
 * {@code <work dir>/n<size>/platform}), with the wall-clock time and the CPU time of the searching threads per query.
 * It only uses what every version of the index code has (the 11-argument {@link SearchQuery}, and
 * {@code withFacets} when present), so the classes of an older commit put first on the class path measure the old
 * code on the same index in the same conditions: a before/after on a machine too busy for wall-clock figures alone.
 *
 * <p>Arguments: {@code <index dir> [queries]}. docs/benchmarks.md gives the command.
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.fromReferential(Path.of("server/src/main/resources/referential/qualepref-2019.yaml"),
                42);
        LuceneEvidenceIndex index = new LuceneEvidenceIndex(Path.of(args[0]));
        if (index.open("bench", null)) {
            throw new IllegalStateException("no benchmark index in " + args[0]);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : EvidenceBenchmark.QUERIES;
        Method withFacets = null;
        try {
            withFacets = SearchQuery.class.getMethod("withFacets", boolean.class);
        } catch (NoSuchMethodException olderCode) {
            // before facets on demand: every query counts them
        }
        List<SearchQuery> asked = new ArrayList<>();
        List<SearchQuery> every = new ArrayList<>();
        for (EvidenceBenchmark.Query q : EvidenceBenchmark.queryMix(corpus, new Random(7))) {
            SearchQuery s = new SearchQuery(q.text(), q.sites(), q.restrictedOpen(), q.kind() == null ? null
                    : DocumentKind.valueOf(q.kind()), q.ref(), null, null, null, false, q.page(), 20);
            asked.add(s);
            every.add(withFacets == null ? s : (SearchQuery) withFacets.invoke(s, true));
        }
        for (int i = 0; i < EvidenceBenchmark.WARMUP; i++) {
            index.search(every.get(i % every.size()));
            index.search(asked.get(i % asked.size()));
        }
        long[] pool = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("qualepref-search-")).mapToLong(Thread::getId).toArray();
        List<String> modes = withFacets == null ? List.of("older code (facets on every query)")
                : List.of("facets on every query", "facets as asked");
        for (String mode : modes) {
            List<SearchQuery> mix = mode.equals("facets as asked") ? asked : every;
            long[] wall = new long[n];
            long[] cpu = new long[n];
            for (int i = 0; i < n; i++) {
                long c = cpu(pool);
                long s = System.nanoTime();
                index.search(mix.get(i % mix.size()));
                wall[i] = System.nanoTime() - s;
                cpu[i] = cpu(pool) - c;
            }
            System.out.printf(Locale.ROOT, "%s, %d search thread(s): wall p50 %.2f p95 %.2f p99 %.2f ms; CPU p50 %.2f "
                            + "p95 %.2f p99 %.2f ms; load average %s%n", mode, Math.max(1, pool.length),
                    EvidenceBenchmark.pct(wall, 50), EvidenceBenchmark.pct(wall, 95), EvidenceBenchmark.pct(wall, 99),
                    EvidenceBenchmark.pct(cpu, 50), EvidenceBenchmark.pct(cpu, 95), EvidenceBenchmark.pct(cpu, 99),
                    EvidenceBenchmark.load());
        }
        index.close();
    }

    private static long cpu(long[] pool) {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = threads.getCurrentThreadCpuTime();
        for (long id : pool) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }
}
