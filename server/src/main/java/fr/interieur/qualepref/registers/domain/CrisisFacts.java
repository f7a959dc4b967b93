package fr.interieur.qualepref.registers.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of one major event (module 7: 47, 48, 50; 11.5, 19.3), as entered or imported. Time 0 is the
 * activation of the COD; every other moment is measured in clock time from it, written with its own offset.
 *
 * @param reference            the site's own reference of the event (unique in the site)
 * @param event                what happened
 * @param codActivatedAt       activation of the centre opérationnel départemental: time 0
 * @param communicationCellAt  activation of the cellule de communication d'urgence (47)
 * @param elusInformedAt       the élus informed (48)
 * @param firstPublicMessageAt the first message to the public (19.3: within one hour)
 * @param nuActivatedAt        activation of the numéro unique (11.5)
 * @param cipActivatedAt       activation of the cellule d'information du public (50)
 */
public record CrisisFacts(String reference, String event, OffsetDateTime codActivatedAt,
                          OffsetDateTime communicationCellAt, OffsetDateTime elusInformedAt,
                          OffsetDateTime firstPublicMessageAt, OffsetDateTime nuActivatedAt,
                          OffsetDateTime cipActivatedAt) implements RegisterFacts {

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            problems.add(new FieldProblem("reference", "is required"));
        } else if (reference.length() > 64) {
            problems.add(new FieldProblem("reference", "is longer than 64 characters"));
        }
        if (event == null || event.isBlank()) {
            problems.add(new FieldProblem("event", "is required"));
        } else if (event.length() > 200) {
            problems.add(new FieldProblem("event", "is longer than 200 characters"));
        }
        if (codActivatedAt == null) {
            problems.add(new FieldProblem("codActivatedAt", "is required: it is time 0 of the timeline"));
            return problems;
        }
        if (codActivatedAt.getYear() < 2018 || codActivatedAt.getYear() > 2100) {
            problems.add(new FieldProblem("codActivatedAt", "must fall within 2018–2100"));
        }
        afterTimeZero("communicationCellAt", communicationCellAt, problems);
        afterTimeZero("elusInformedAt", elusInformedAt, problems);
        afterTimeZero("firstPublicMessageAt", firstPublicMessageAt, problems);
        afterTimeZero("nuActivatedAt", nuActivatedAt, problems);
        afterTimeZero("cipActivatedAt", cipActivatedAt, problems);
        return problems;
    }

    private void afterTimeZero(String field, OffsetDateTime at, List<FieldProblem> problems) {
        if (at != null && at.isBefore(codActivatedAt)) {
            problems.add(new FieldProblem(field, "is before codActivatedAt (time 0)"));
        } else if (at != null && at.isAfter(codActivatedAt.plusDays(31))) {
            problems.add(new FieldProblem(field, "is more than 31 days after codActivatedAt"));
        }
    }
}
