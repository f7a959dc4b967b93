package fr.interieur.qualepref.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkersTest {

    final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyItemIsWorkedOnceByTheWorkersAndTheResultsKeepTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 101).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = Workers.map(executor, 4, items, i -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        });
        assertThat(squares).hasSize(101).startsWith(0, 1, 4, 9).endsWith(10000);
        assertThat(threads).hasSizeBetween(1, 4);
    }

    @Test
    void noItemNoWork() {
        assertThat(Workers.map(executor, 4, List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void aFailureOfAnyItemFailsTheWholeWithItsCause() {
        assertThatThrownBy(() -> Workers.map(executor, 3, List.of(1, 2, 3, 4, 5), i -> {
            if (i == 4) {
                throw new IllegalArgumentException("site 4 unreadable");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("site 4 unreadable");
    }
}
