package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V.1, the bilan annuel, year by year: each check met, and missed for each reason. */
class AnnualReviewChecksTest {

    static final LocalDate AFTER_2025 = LocalDate.of(2026, 1, 1);

    static ReviewFacts complete(String day) {
        LocalDate held = LocalDate.parse(day);
        return new ReviewFacts(7L, held, EnumSet.allOf(ReviewAttendee.class), EnumSet.allOf(ReviewInput.class), 3L,
                held.plusDays(10), held.plusDays(20));
    }

    static Map<String, ReadinessCheck> checks(LocalDate today, List<ReviewFacts> reviews, Set<String> plans) {
        return AnnualReviewChecks.evaluate(2025, today, reviews, plans).stream()
                .collect(Collectors.toMap(ReadinessCheck::code, c -> c));
    }

    @Test
    void aCompleteBilanMeetsEveryCheck() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, List.of(complete("2025-02-10")), Set.of("7"));
        assertThat(checks).hasSize(7);
        assertThat(checks.values()).allSatisfy(c -> {
            assertThat(c.status()).as(c.toString()).isEqualTo(CheckStatus.MET);
            assertThat(c.reference()).isEqualTo("V.1");
        });
        assertThat(checks.get("ANNUAL_REVIEW_HELD").reasons()).containsExactly("bilan annuel held on 2025-02-10");
    }

    @Test
    void noBilanMissesEverythingOnceTheYearIsOver() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, List.of(complete("2024-12-31"),
                complete("2026-01-01")), Set.of("7"));
        assertThat(checks.values()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(c.reasons()).containsExactly("no bilan annuel held in 2025");
        });
        assertThat(checks(LocalDate.of(2025, 12, 31), List.of(), Set.of()).get("ANNUAL_REVIEW_HELD").status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
    }

    @ParameterizedTest
    @EnumSource(ReviewAttendee.class)
    void everyRequiredAttendeeMustSit(ReviewAttendee absent) {
        ReviewFacts full = complete("2025-03-03");
        EnumSet<ReviewAttendee> attendance = EnumSet.allOf(ReviewAttendee.class);
        attendance.remove(absent);
        ReviewFacts r = new ReviewFacts(7L, full.heldOn(), attendance, full.inputs(), 3L, null, null);
        ReadinessCheck c = checks(AFTER_2025, List.of(r), Set.of()).get("ANNUAL_REVIEW_ATTENDANCE");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("bilan of 2025-03-03: missing [" + absent + "]");
    }

    @ParameterizedTest
    @EnumSource(ReviewInput.class)
    void everyInputMustBeExamined(ReviewInput skipped) {
        EnumSet<ReviewInput> inputs = EnumSet.allOf(ReviewInput.class);
        inputs.remove(skipped);
        ReviewFacts r = new ReviewFacts(7L, LocalDate.of(2025, 3, 3), EnumSet.allOf(ReviewAttendee.class), inputs,
                3L, null, null);
        ReadinessCheck c = checks(AFTER_2025, List.of(r), Set.of()).get("ANNUAL_REVIEW_INPUTS");
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("not examined in 2025: [" + skipped + "]");
    }

    @Test
    void inputsMayBeSpreadOverTheYearsReviews() {
        ReviewFacts first = new ReviewFacts(1L, LocalDate.of(2025, 1, 20), EnumSet.allOf(ReviewAttendee.class),
                EnumSet.of(ReviewInput.INDICATORS, ReviewInput.COMPLAINTS, ReviewInput.TRAINING_NEEDS), 3L, null,
                null);
        ReviewFacts second = new ReviewFacts(2L, LocalDate.of(2025, 12, 31), Set.of(),
                EnumSet.of(ReviewInput.SATISFACTION_SURVEYS, ReviewInput.MYSTERY_SURVEYS,
                        ReviewInput.SELF_ASSESSMENT_OR_INTERNAL_AUDIT), null, null, null);
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, List.of(first, second), Set.of("2"));
        assertThat(checks.get("ANNUAL_REVIEW_INPUTS").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.get("ANNUAL_REVIEW_ATTENDANCE").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.get("ANNUAL_REVIEW_IMPROVEMENT_PLAN").reasons())
                .containsExactly("improvement plan decided by the bilan of 2025-12-31");
    }

    @Test
    void eachFollowUpIsMissedForItsOwnReason() {
        ReviewFacts bare = new ReviewFacts(7L, LocalDate.of(2025, 5, 5), EnumSet.allOf(ReviewAttendee.class),
                EnumSet.allOf(ReviewInput.class), null, null, null);
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, List.of(bare), Set.of("8"));
        assertThat(checks.get("ANNUAL_REVIEW_MINUTES").reasons())
                .containsExactly("no minutes of the bilan annuel of 2025");
        assertThat(checks.get("ANNUAL_REVIEW_IMPROVEMENT_PLAN").reasons())
                .as("a plan of another bilan does not count")
                .containsExactly("no action plan decided by the bilan annuel of 2025");
        assertThat(checks.get("ANNUAL_REVIEW_STAFF_INFORMED").reasons())
                .containsExactly("the staff were not informed of the bilan annuel of 2025");
        assertThat(checks.get("ANNUAL_REVIEW_TECHNICAL_COMMITTEE").reasons())
                .containsExactly("the bilan annuel of 2025 was not presented to the comité technique");
        assertThat(checks(LocalDate.of(2025, 6, 1), List.of(bare), Set.of()).get("ANNUAL_REVIEW_MINUTES").status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
    }
}
