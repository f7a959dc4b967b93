package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;

/**
 * A member's seat as the committee checks see it: category and period (both ends included; no end = still sitting).
 */
public record Membership(Long memberId, String name, StakeholderCategory category, LocalDate from, LocalDate until) {

    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /** Whether the seat covers at least one day of {@code year}. */
    public boolean sitsDuring(int year) {
        return !from.isAfter(LocalDate.of(year, 12, 31)) && (until == null || !until.isBefore(LocalDate.of(year, 1, 1)));
    }
}
