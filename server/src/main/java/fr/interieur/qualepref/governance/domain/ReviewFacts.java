package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.Set;

/** A bilan annuel as the yearly checks see it. */
public record ReviewFacts(Long reviewId, LocalDate heldOn, Set<ReviewAttendee> attendance, Set<ReviewInput> inputs,
                          Long minutesDocumentId, LocalDate staffInformedOn, LocalDate technicalCommitteeOn) {

    public ReviewFacts {
        attendance = Set.copyOf(attendance);
        inputs = Set.copyOf(inputs);
    }
}
