package fr.interieur.qualepref.registers.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of one register of the site bound to the current transaction (never of another: see platform.tenancy).
 *
 * @param <E> the entry
 * @param <K> what the register is listed by (a day, or a moment for the crisis timelines)
 */
public interface RegisterEntries<E, K> {

    /** Entries whose listing day (or moment) falls from {@code from} to {@code to}, in order, one page. */
    List<E> between(K from, K to, int offset, int limit);

    long countBetween(K from, K to);

    Optional<E> find(long id);

    Optional<E> withReference(String reference);

    /** Which of these references the register already holds. */
    Set<String> existingReferences(Collection<String> references);

    void store(E entry);

    /** Stores many entries at once (an import), flushed once. */
    void storeAll(List<E> entries);

    void remove(E entry);
}
