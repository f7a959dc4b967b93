package fr.interieur.qualepref.indicators.domain;

import fr.interieur.qualepref.registers.domain.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The per-month tallies of a site's event registers (ADR 0015): derived from the registers, kept in the transaction
 * of each change, rebuilt when the site's working days change. Every method works on the site bound to the
 * transaction, named by {@code siteId}.
 */
public interface IndicatorTallies {

    /** Whether the site's tallies are complete and of the current layout (else its indicators read the registers). */
    boolean current(long siteId);

    /** The sites whose tallies are complete and of the current layout (a national read asks once for all). */
    Set<Long> currentSites();

    /**
     * Tallies again the site's entries of {@code register} of these months (first days), after they changed in this
     * transaction.
     *
     * @param nonWorking the site's non-working days over its whole calendar
     */
    void refresh(long siteId, Register register, Set<LocalDate> months, List<LocalDate> nonWorking);

    /** Tallies again every entry of the site, and records its tallies as complete and current. */
    void rebuild(long siteId, List<LocalDate> nonWorking);

    /** The sites whose tallies are missing or of an older layout. */
    List<Long> stale();
}
