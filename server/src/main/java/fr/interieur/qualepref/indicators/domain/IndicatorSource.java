package fr.interieur.qualepref.indicators.domain;

import java.time.LocalDate;
import java.util.List;

/** Computes counts from the registers of the site bound to the transaction, set-based, inside the database. */
public interface IndicatorSource {

    /**
     * The counts of each rule per period, for the requests received from {@code from} to {@code to}.
     *
     * @param nonWorking every non-working day of the site (weekends, holidays, closures) from {@code calendarFrom} to
     *                   {@code calendarTo}, as its {@code WorkingDayCalendar} says: the one definition of a working
     *                   day; the calendar window covers the requests' clock starts, their replies and {@code asOf}
     * @param asOf       the day open requests are judged on
     */
    List<CorrespondenceCounts> correspondence(List<CorrespondenceRule> rules, Period period, LocalDate from,
                                              LocalDate to, LocalDate asOf, LocalDate calendarFrom,
                                              LocalDate calendarTo, List<LocalDate> nonWorking);
}
