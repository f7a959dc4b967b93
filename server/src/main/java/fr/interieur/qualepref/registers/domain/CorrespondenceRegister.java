package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The correspondence register of the site bound to the current transaction, listed by receipt day. */
public interface CorrespondenceRegister extends RegisterEntries<CorrespondenceEntry, LocalDate> {
}
