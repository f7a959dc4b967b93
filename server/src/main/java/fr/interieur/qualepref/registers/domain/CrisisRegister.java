package fr.interieur.qualepref.registers.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The crisis timelines of the site bound to the current transaction. */
public interface CrisisRegister {

    List<CrisisTimeline> started(OffsetDateTime from, OffsetDateTime to, int offset, int limit);

    long countStarted(OffsetDateTime from, OffsetDateTime to);

    Optional<CrisisTimeline> find(long id);

    Optional<CrisisTimeline> withReference(String reference);

    Set<String> existingReferences(Collection<String> references);

    void store(CrisisTimeline timeline);

    void storeAll(List<CrisisTimeline> timelines);

    void remove(CrisisTimeline timeline);
}
