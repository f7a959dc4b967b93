package fr.interieur.qualepref.audits.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;

/**
 * When an assigned auditor may read the site's evidence (search, download): from {@link #BEFORE} before the audit day,
 * to {@link #AFTER} after its report (or after the audit day while no report exists), and no longer. Days start and
 * end at midnight, Paris time, the site's working day (overseas sites see the same instants).
 */
public final class AuditorAccessWindow {

    /** To prepare the audit on the documents. */
    public static final Period BEFORE = Period.ofDays(14);

    /** To write the report and answer the site's questions about it. */
    public static final Period AFTER = Period.ofDays(30);

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private AuditorAccessWindow() {
    }

    public record Window(OffsetDateTime from, OffsetDateTime until) {
    }

    /** The window of an audit on {@code day}, {@code reportDay} being null while the report is not written. */
    public static Window of(LocalDate day, LocalDate reportDay) {
        LocalDate end = (reportDay == null ? day : reportDay).plus(AFTER).plusDays(1);
        return new Window(day.minus(BEFORE).atStartOfDay(PARIS).toOffsetDateTime(),
                end.atStartOfDay(PARIS).toOffsetDateTime());
    }
}
