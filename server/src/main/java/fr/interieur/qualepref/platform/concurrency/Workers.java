package fr.interieur.qualepref.platform.concurrency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A few workers on the container's managed executor, each taking every n-th item: for national reads that visit the
 * sites one by one, each in a transaction of its own, so that one site's round trips to the database overlap
 * another's work. The work runs outside the request's context: whatever it needs of the caller is passed to it.
 */
public final class Workers {

    private Workers() {
    }

    /**
     * {@code work} applied to every item by {@code workers} workers at once; the results in the items' order. A
     * failure of any item fails the whole (no partial result): the other workers are cancelled and the failure is
     * thrown.
     */
    @SuppressWarnings("unchecked")
    public static <T, R> List<R> map(ExecutorService executor, int workers, List<T> items, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        int n = Math.max(1, Math.min(workers, items.size()));
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            int first = w;
            running.add(executor.submit(() -> {
                for (int i = first; i < items.size(); i += n) {
                    results[i] = work.apply(items.get(i));
                }
            }));
        }
        try {
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            running.forEach(worker -> worker.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the sites", e);
        } catch (ExecutionException e) {
            running.forEach(worker -> worker.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return (List<R>) Arrays.asList(results);
    }
}
