package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The correspondence register of the site bound to the current transaction. */
public interface CorrespondenceRegister {

    /** Entries received from {@code from} to {@code to}, by receipt then id, one page. */
    List<CorrespondenceEntry> received(LocalDate from, LocalDate to, int offset, int limit);

    long countReceived(LocalDate from, LocalDate to);

    Optional<CorrespondenceEntry> find(long id);

    Optional<CorrespondenceEntry> withReference(String reference);

    /** Which of these references the register already holds. */
    Set<String> existingReferences(Collection<String> references);

    void store(CorrespondenceEntry entry);

    /** Stores many entries at once (an import): batched, flushed once. */
    void storeAll(List<CorrespondenceEntry> entries);

    void remove(CorrespondenceEntry entry);
}
