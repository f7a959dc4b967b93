package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.ReviewAttendee;
import fr.interieur.qualepref.governance.domain.ReviewInput;
import java.time.LocalDate;
import java.util.Set;

/** A bilan annuel (V.1), as the API received it. */
public record ReviewCommand(LocalDate heldOn, Set<ReviewAttendee> attendance, String attendees,
                            Set<ReviewInput> inputs, Long minutesDocumentId, LocalDate staffInformedOn,
                            LocalDate technicalCommitteeOn) {

    public ReviewCommand {
        attendance = Set.copyOf(attendance);
        inputs = Set.copyOf(inputs);
    }
}
