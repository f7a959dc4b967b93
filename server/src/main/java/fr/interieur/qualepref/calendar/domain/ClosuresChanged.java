package fr.interieur.qualepref.calendar.domain;

import java.time.LocalDate;

/**
 * A closure was declared or withdrawn on {@code day} by the site bound to the transaction: its working days changed.
 * Fired inside the transaction, so that what counts the site's working days follows it before it commits.
 */
public record ClosuresChanged(LocalDate day) {
}
