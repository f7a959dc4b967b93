package fr.interieur.qualepref.calendar.domain;

import java.time.LocalDate;

/** A day the site does not work, and why: a weekend, a public holiday of its department, or a declared closure. */
public record NonWorkingDay(LocalDate date, Reason reason, String name) {

    public enum Reason {
        WEEKEND,
        PUBLIC_HOLIDAY,
        CLOSURE
    }
}
