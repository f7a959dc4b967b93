package fr.interieur.qualepref.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The closures of the site bound to the current transaction. */
public interface ClosureDays {

    List<ClosureDay> between(LocalDate from, LocalDate to);

    Optional<ClosureDay> on(LocalDate day);

    void store(ClosureDay closure);

    void remove(ClosureDay closure);
}
