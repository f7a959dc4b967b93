package fr.interieur.qualepref.registers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A change to publish on the website or the voice server, as entered or imported (1.2, 8, 11, 51.2: "dans le délai de
 * 3 jours ouvrés à compter de l'information du responsable de la mise à jour").
 *
 * @param reference   the site's own reference of the change (unique in the site)
 * @param medium      website or voice server
 * @param subject     what changes (opening hours, a procedure...)
 * @param requestedOn the day the person in charge of the update was told: day 0 of the delay
 * @param onlineOn    the day the change was online, or null while it is not
 */
public record UpdateFacts(String reference, UpdateMedium medium, String subject, LocalDate requestedOn,
                          LocalDate onlineOn) implements RegisterFacts {

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            problems.add(new FieldProblem("reference", "is required"));
        } else if (reference.length() > 64) {
            problems.add(new FieldProblem("reference", "is longer than 64 characters"));
        }
        if (medium == null) {
            problems.add(new FieldProblem("medium", "is required"));
        }
        if (subject == null || subject.isBlank()) {
            problems.add(new FieldProblem("subject", "is required"));
        } else if (subject.length() > 200) {
            problems.add(new FieldProblem("subject", "is longer than 200 characters"));
        }
        if (requestedOn == null) {
            problems.add(new FieldProblem("requestedOn", "is required"));
        } else if (outside(requestedOn)) {
            problems.add(new FieldProblem("requestedOn", "must fall within 2018–2100"));
        }
        if (onlineOn != null) {
            if (outside(onlineOn)) {
                problems.add(new FieldProblem("onlineOn", "must fall within 2018–2100"));
            } else if (requestedOn != null && onlineOn.isBefore(requestedOn)) {
                problems.add(new FieldProblem("onlineOn", "is before requestedOn"));
            }
        }
        return problems;
    }

    private static boolean outside(LocalDate d) {
        return d.isBefore(CorrespondenceFacts.FIRST_DAY) || d.isAfter(CorrespondenceFacts.LAST_DAY);
    }
}
