package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The website and voice-server update register of the site bound to the current transaction. */
public interface UpdateRegister {

    List<UpdateEntry> requested(LocalDate from, LocalDate to, int offset, int limit);

    long countRequested(LocalDate from, LocalDate to);

    Optional<UpdateEntry> find(long id);

    Optional<UpdateEntry> withReference(String reference);

    Set<String> existingReferences(Collection<String> references);

    void store(UpdateEntry entry);

    void storeAll(List<UpdateEntry> entries);

    void remove(UpdateEntry entry);
}
