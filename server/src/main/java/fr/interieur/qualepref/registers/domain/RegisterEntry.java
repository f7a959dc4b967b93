package fr.interieur.qualepref.registers.domain;

import java.time.OffsetDateTime;

/** A stored entry of a register: its facts, who wrote them last, and a version for optimistic corrections. */
public interface RegisterEntry<F extends RegisterFacts> {

    Long id();

    int rowVersion();

    F facts();

    /** Replaces the facts (already checked) and records who changed them and when. */
    void apply(F facts, String by, OffsetDateTime at);

    /** A one-line account of the entry, for the audit trail. */
    String summary();
}
