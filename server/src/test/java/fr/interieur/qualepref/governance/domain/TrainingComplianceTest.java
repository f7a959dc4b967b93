package fr.interieur.qualepref.governance.domain;

import static fr.interieur.qualepref.governance.domain.DutyCategory.CIP;
import static fr.interieur.qualepref.governance.domain.DutyCategory.RECEPTION;
import static fr.interieur.qualepref.governance.domain.DutyCategory.TELEPHONE;
import static fr.interieur.qualepref.governance.domain.TrainingKind.CIP_REFRESHER;
import static fr.interieur.qualepref.governance.domain.TrainingKind.CONTINUING;
import static fr.interieur.qualepref.governance.domain.TrainingKind.INITIAL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.governance.domain.TrainingCompliance.Assessment;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Post;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Training;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IV.3, 4.1, 4.2, 50.2 on their exact edges: a day before the deadline, the day, the day after. */
class TrainingComplianceTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Assessment assess(List<Post> posts, List<Training> trainings, String on) {
        return TrainingCompliance.assess(posts, trainings, d(on));
    }

    static Post post(DutyCategory category, String start) {
        return new Post(category, d(start), null);
    }

    static Training training(DutyCategory category, TrainingKind kind, String on) {
        return new Training(category, kind, d(on));
    }

    @ParameterizedTest(name = "post taken {0}: last day {1}")
    @CsvSource({
        "2025-03-10, 2026-03-10",
        // end of month: 31 January + 12 months is 31 January
        "2025-01-31, 2026-01-31",
        // leap day: 29 February 2024 + 12 months is 28 February 2025
        "2024-02-29, 2025-02-28",
        // a post taken the day before a leap day
        "2023-02-28, 2024-02-28",
        // across the year boundary
        "2025-12-31, 2026-12-31"
    })
    void initialTrainingIsDueTwelveMonthsAfterTakingThePost(String start, String lastDay) {
        List<Post> posts = List.of(post(RECEPTION, start));
        LocalDate deadline = d(lastDay);
        assertThat(assess(posts, List.of(), deadline.minusDays(1).toString()).compliant()).isTrue();
        Assessment onTheDay = assess(posts, List.of(), lastDay);
        assertThat(onTheDay.compliant()).as("the deadline day itself is in time").isTrue();
        assertThat(onTheDay.upcoming()).singleElement().satisfies(o -> {
            assertThat(o.rule()).isEqualTo(INITIAL);
            assertThat(o.deadline()).isEqualTo(deadline);
        });
        Assessment after = assess(posts, List.of(), deadline.plusDays(1).toString());
        assertThat(after.compliant()).isFalse();
        assertThat(after.nonCompliantFrom()).isEqualTo(deadline.plusDays(1));
        assertThat(after.missed()).singleElement().extracting(TrainingCompliance.Obligation::reference)
                .isEqualTo("IV.3");
    }

    @Test
    void trainingOnTheLastDayMeetsTheInitialDuty() {
        List<Post> posts = List.of(post(RECEPTION, "2025-03-10"));
        Assessment a = assess(posts, List.of(training(RECEPTION, INITIAL, "2026-03-10")), "2026-03-11");
        assertThat(a.compliant()).isTrue();
        assertThat(a.nonCompliantFrom()).isEqualTo(d("2030-03-11"));
    }

    @Test
    void trainingTheDayAfterComesTooLateButRestoresCompliance() {
        List<Post> posts = List.of(post(RECEPTION, "2025-03-10"));
        List<Training> late = List.of(training(RECEPTION, INITIAL, "2026-03-11"));
        assertThat(assess(posts, late, "2026-03-10").compliant()).isTrue();
        assertThat(assess(posts, List.of(), "2026-03-11").compliant()).isFalse();
        Assessment afterwards = assess(posts, late, "2026-03-12");
        assertThat(afterwards.compliant()).isTrue();
        assertThat(afterwards.upcoming()).singleElement().extracting(TrainingCompliance.Obligation::deadline)
                .isEqualTo(d("2030-03-11"));
    }

    @Test
    void aTrainingOfAnotherCategoryDoesNotCount() {
        List<Post> posts = List.of(post(RECEPTION, "2025-03-10"));
        Assessment a = assess(posts, List.of(training(TELEPHONE, INITIAL, "2025-04-01")), "2026-03-11");
        assertThat(a.compliant()).isFalse();
        assertThat(a.missed()).singleElement().extracting(TrainingCompliance.Obligation::category)
                .isEqualTo(RECEPTION);
    }

    @Test
    void aTrainingRecordedAfterTheDayAssessedIsIgnored() {
        List<Post> posts = List.of(post(RECEPTION, "2025-03-10"));
        Assessment a = assess(posts, List.of(training(RECEPTION, INITIAL, "2026-06-01")), "2026-04-01");
        assertThat(a.compliant()).isFalse();
        assertThat(a.nonCompliantFrom()).isEqualTo(d("2026-03-11"));
    }

    @ParameterizedTest(name = "last training {0}: continuing due by {1}")
    @CsvSource({
        "2021-06-15, 2025-06-15",
        // 29 February + 4 years is 29 February again (2028 is a leap year)
        "2024-02-29, 2028-02-29",
        // 29 February 2020 + 4 years: 2024 is a leap year too
        "2020-02-29, 2024-02-29",
        "2022-12-31, 2026-12-31"
    })
    void continuingTrainingIsDueFourYearsAfterTheLastOne(String last, String lastDay) {
        List<Post> posts = List.of(post(TELEPHONE, "2019-01-01"));
        List<Training> trainings = List.of(training(TELEPHONE, INITIAL, "2019-02-01"),
                training(TELEPHONE, CONTINUING, last));
        LocalDate deadline = d(lastDay);
        assertThat(assess(posts, trainings, deadline.minusDays(1).toString()).compliant()).isTrue();
        assertThat(assess(posts, trainings, lastDay).compliant()).isTrue();
        Assessment after = assess(posts, trainings, deadline.plusDays(1).toString());
        assertThat(after.compliant()).isFalse();
        assertThat(after.missed()).singleElement().satisfies(o -> {
            assertThat(o.rule()).isEqualTo(CONTINUING);
            assertThat(o.reference()).isEqualTo("4.2");
            assertThat(o.nonCompliantFrom()).isEqualTo(deadline.plusDays(1));
        });
    }

    @Test
    void aNewPostLeavesTwelveMonthsEvenToAnAgentTrainedLongAgo() {
        List<Post> posts = List.of(post(RECEPTION, "2025-09-01"));
        Assessment a = assess(posts, List.of(training(RECEPTION, INITIAL, "2015-05-05")), "2026-01-01");
        assertThat(a.compliant()).isTrue();
        assertThat(a.upcoming()).singleElement().satisfies(o -> {
            assertThat(o.rule()).isEqualTo(INITIAL);
            assertThat(o.deadline()).isEqualTo(d("2026-09-01"));
        });
    }

    @Test
    void aTrainingJustBeforeTakingThePostCountsAsInitial() {
        List<Post> posts = List.of(post(RECEPTION, "2025-09-01"));
        Assessment a = assess(posts, List.of(training(RECEPTION, INITIAL, "2025-08-20")), "2026-10-01");
        assertThat(a.compliant()).isTrue();
        assertThat(a.nonCompliantFrom()).isEqualTo(d("2029-08-21"));
    }

    @Test
    void cipAgentsNeedAYearlyRefresher() {
        List<Post> posts = List.of(post(CIP, "2023-01-10"));
        List<Training> trainings = List.of(training(CIP, INITIAL, "2023-02-01"),
                training(CIP, CIP_REFRESHER, "2024-02-29"));
        // 29 February 2024 + 1 year: 28 February 2025
        assertThat(assess(posts, trainings, "2025-02-27").compliant()).isTrue();
        assertThat(assess(posts, trainings, "2025-02-28").compliant()).isTrue();
        Assessment after = assess(posts, trainings, "2025-03-01");
        assertThat(after.compliant()).isFalse();
        assertThat(after.missed()).singleElement().satisfies(o -> {
            assertThat(o.rule()).isEqualTo(CIP_REFRESHER);
            assertThat(o.reference()).isEqualTo("50.2");
        });
        assertThat(after.nonCompliantFrom()).isEqualTo(d("2025-03-01"));
        assertThat(after.upcoming()).singleElement().extracting(TrainingCompliance.Obligation::rule)
                .as("the four-year duty still runs").isEqualTo(CONTINUING);
    }

    @Test
    void theCipRefresherNeverFallsBeforeTheNewPostsTwelveMonths() {
        List<Post> posts = List.of(post(CIP, "2025-06-01"));
        List<Training> trainings = List.of(training(CIP, INITIAL, "2024-01-15"));
        Assessment a = assess(posts, trainings, "2025-07-01");
        assertThat(a.compliant()).isTrue();
        assertThat(a.nonCompliantFrom()).isEqualTo(d("2026-06-02"));
    }

    @Test
    void anEndedPostCarriesNoDuty() {
        List<Post> posts = List.of(new Post(RECEPTION, d("2020-01-01"), d("2020-06-30")));
        Assessment a = assess(posts, List.of(), "2024-01-01");
        assertThat(a.compliant()).isTrue();
        assertThat(a.nonCompliantFrom()).isNull();
        assertThat(a.missed()).isEmpty();
        assertThat(assess(posts, List.of(), "2020-06-30").upcoming()).as("held through its last day").hasSize(1);
    }

    @Test
    void aPostNotYetTakenCarriesNoDuty() {
        Assessment a = assess(List.of(post(RECEPTION, "2026-05-01")), List.of(), "2026-04-30");
        assertThat(a.nonCompliantFrom()).isNull();
    }

    @Test
    void theEarliestMissedDutyGivesTheDateOfNonCompliance() {
        List<Post> posts = List.of(post(RECEPTION, "2023-01-15"), post(TELEPHONE, "2023-03-01"));
        Assessment a = assess(posts, List.of(), "2024-06-01");
        assertThat(a.compliant()).isFalse();
        assertThat(a.missed()).extracting(TrainingCompliance.Obligation::category).containsExactly(RECEPTION,
                TELEPHONE);
        assertThat(a.nonCompliantFrom()).isEqualTo(d("2024-01-16"));
    }

    @Test
    void noPostNoDuty() {
        Assessment a = assess(List.of(), List.of(training(RECEPTION, INITIAL, "2020-01-01")), "2026-01-01");
        assertThat(a.compliant()).isTrue();
        assertThat(a.nonCompliantFrom()).isNull();
    }

    @Test
    void obligationsDescribeThemselves() {
        Assessment a = assess(List.of(post(CIP, "2024-01-10")), List.of(training(CIP, INITIAL, "2024-02-01")),
                "2024-03-01");
        assertThat(a.upcoming()).extracting(TrainingCompliance.Obligation::describe).containsExactly(
                "yearly CIP refresher due by 2025-02-01 (50.2)", "continuing CIP training due by 2028-02-01 (4.2)");
    }
}
