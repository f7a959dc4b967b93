package fr.interieur.qualepref.registers.domain;

import java.time.OffsetDateTime;

/** The crisis timelines of the site bound to the current transaction, listed by time 0 (the COD activation). */
public interface CrisisRegister extends RegisterEntries<CrisisTimeline, OffsetDateTime> {
}
