package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;
import java.util.List;

/** Computes counts from the registers of the site bound to the transaction, set-based, inside the database. */
public interface IndicatorSource {

    /**
     * The counts of each rule (of any event register) per period, for the entries received (requested) from
     * {@code from} to {@code to}.
     *
     * @param nonWorking every non-working day of the site (weekends, holidays, closures) from {@code calendarFrom} to
     *                   {@code calendarTo}, as its {@code WorkingDayCalendar} says: the one definition of a working
     *                   day; the calendar window covers the requests' clock starts, their replies and {@code asOf}
     * @param asOf       the day open requests are judged on
     * @param tallied    whether the site's per-month tallies are current ({@link IndicatorTallies}): they then answer
     *                   for the whole months of the interval, and the registers for the days at its ends
     */
    List<RuleCounts> counts(List<RegisterRule> rules, Period period, LocalDate from, LocalDate to, LocalDate asOf,
                            LocalDate calendarFrom, LocalDate calendarTo, List<LocalDate> nonWorking,
                            boolean tallied);

    /**
     * The crisis timelines per period, by the day of their time 0 in {@code zone}, with time 0 from {@code from} to
     * {@code to} (days, both included); a CIP counts as in time within {@code cipHours} clock hours.
     */
    List<CrisisCounts> crises(Period period, LocalDate from, LocalDate to, java.time.ZoneId zone, int cipHours);

    /**
     * The values imported per indicator and period, for months and quarters starting from {@code from} to
     * {@code to} that fit in a period (a quarter's value is not split into months).
     */
    List<ImportedCounts> imported(Period period, LocalDate from, LocalDate to);

    /** The survey results per indicator and period, for surveys closed from {@code from} to {@code to}. */
    List<SurveyCounts> surveys(Period period, LocalDate from, LocalDate to);
}
