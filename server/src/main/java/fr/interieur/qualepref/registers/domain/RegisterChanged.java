package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Entries of an event register of the site bound to the transaction were recorded, corrected, removed or imported;
 * fired inside the transaction, before it commits, so that what is derived from the register changes with it.
 *
 * @param register the register
 * @param months   the first day of each month whose entries changed (by the day an entry is dated by: receipt,
 *                 request), before and after a correction
 */
public record RegisterChanged(Register register, Set<LocalDate> months) {

    public RegisterChanged {
        months = Set.copyOf(months);
    }
}
