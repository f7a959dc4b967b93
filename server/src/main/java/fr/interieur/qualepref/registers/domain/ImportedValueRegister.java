package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;

/** The imported values of the site bound to the current transaction, listed by period start. */
public interface ImportedValueRegister extends RegisterEntries<ImportedValue, LocalDate> {
}
