package fr.interieur.qualepref.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The yearly checks of the bilan annuel (V.1 "un bilan est réalisé une fois par an"), each with its reason. The
 * reviews of a year are those held from 1 January to 31 December; a requirement is met when one review of the year
 * meets it (the inputs: when the year's reviews together examined them all).
 */
public final class AnnualReviewChecks {

    private AnnualReviewChecks() {
    }

    /**
     * @param improvementPlanSources the source references of the site's action plans whose source is ANNUAL_REVIEW
     */
    public static List<ReadinessCheck> evaluate(int year, LocalDate today, List<ReviewFacts> reviews,
                                                Set<String> improvementPlanSources) {
        List<ReviewFacts> held = reviews.stream().filter(r -> r.heldOn().getYear() == year).toList();
        List<ReadinessCheck> checks = new ArrayList<>();
        String none = "no bilan annuel held in " + year;
        checks.add(ReadinessCheck.yearly("ANNUAL_REVIEW_HELD", "V.1", year, today,
                held.isEmpty() ? List.of(none) : List.of(), "bilan annuel held on " + dates(held)));
        if (held.isEmpty()) {
            for (String code : List.of("ANNUAL_REVIEW_ATTENDANCE", "ANNUAL_REVIEW_INPUTS", "ANNUAL_REVIEW_MINUTES",
                    "ANNUAL_REVIEW_IMPROVEMENT_PLAN", "ANNUAL_REVIEW_STAFF_INFORMED",
                    "ANNUAL_REVIEW_TECHNICAL_COMMITTEE")) {
                checks.add(ReadinessCheck.yearly(code, "V.1", year, today, List.of(none), ""));
            }
            return checks;
        }
        boolean fullAttendance = held.stream()
                .anyMatch(r -> r.attendance().containsAll(EnumSet.allOf(ReviewAttendee.class)));
        List<String> missingAttendance = fullAttendance ? List.of() : held.stream().map(r -> "bilan of "
                + r.heldOn() + ": missing " + missing(EnumSet.allOf(ReviewAttendee.class), r.attendance())).toList();
        checks.add(ReadinessCheck.yearly("ANNUAL_REVIEW_ATTENDANCE", "V.1", year, today, missingAttendance,
                "the préfet or a representative, the service directors and the quality manager attended"));
        EnumSet<ReviewInput> examined = held.stream().flatMap(r -> r.inputs().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewInput.class)));
        Set<ReviewInput> notExamined = EnumSet.complementOf(examined);
        checks.add(ReadinessCheck.yearly("ANNUAL_REVIEW_INPUTS", "V.1", year, today,
                notExamined.isEmpty() ? List.of() : List.of("not examined in " + year + ": " + notExamined),
                "indicators, surveys, mystery surveys, complaints, training needs and self-assessment examined"));
        checks.add(any("ANNUAL_REVIEW_MINUTES", year, today, held, r -> r.minutesDocumentId() != null,
                "no minutes of the bilan annuel of " + year, "minutes of the bilan of "));
        checks.add(any("ANNUAL_REVIEW_IMPROVEMENT_PLAN", year, today, held,
                r -> r.reviewId() != null && improvementPlanSources.contains(r.reviewId().toString()),
                "no action plan decided by the bilan annuel of " + year, "improvement plan decided by the bilan of "));
        checks.add(any("ANNUAL_REVIEW_STAFF_INFORMED", year, today, held, r -> r.staffInformedOn() != null,
                "the staff were not informed of the bilan annuel of " + year, "staff informed of the bilan of "));
        checks.add(any("ANNUAL_REVIEW_TECHNICAL_COMMITTEE", year, today, held, r -> r.technicalCommitteeOn() != null,
                "the bilan annuel of " + year + " was not presented to the comité technique",
                "presented to the comité technique: the bilan of "));
        return checks;
    }

    private static ReadinessCheck any(String code, int year, LocalDate today, List<ReviewFacts> held,
                                      Predicate<ReviewFacts> meets, String missing, String met) {
        List<ReviewFacts> meeting = held.stream().filter(meets).toList();
        return ReadinessCheck.yearly(code, "V.1", year, today, meeting.isEmpty() ? List.of(missing) : List.of(),
                met + dates(meeting));
    }

    private static <E extends Enum<E>> Set<E> missing(Set<E> all, Set<E> present) {
        Set<E> missing = EnumSet.copyOf(all);
        missing.removeAll(present);
        return missing;
    }

    private static String dates(List<ReviewFacts> reviews) {
        return reviews.stream().map(r -> r.heldOn().toString()).collect(Collectors.joining(", "));
    }
}
