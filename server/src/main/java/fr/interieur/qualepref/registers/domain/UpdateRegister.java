package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The website and voice-server update register of the site bound to the current transaction, listed by request day. */
public interface UpdateRegister extends RegisterEntries<UpdateEntry, LocalDate> {
}
