package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The appointment register of the site bound to the current transaction, listed by request day. */
public interface AppointmentRegister extends RegisterEntries<AppointmentEntry, LocalDate> {
}
