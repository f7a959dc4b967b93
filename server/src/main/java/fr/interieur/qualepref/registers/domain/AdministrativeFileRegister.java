package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The polices administratives files of the site bound to the current transaction, listed by receipt day. */
public interface AdministrativeFileRegister extends RegisterEntries<AdministrativeFile, LocalDate> {
}
