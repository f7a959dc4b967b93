package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** IV.1: the COFIL, the quality manager, the documented responsibilities, the COFIL's minutes. */
class CofilChecksTest {

    static final LocalDate AFTER_2025 = LocalDate.of(2026, 1, 1);

    static Cofil cofil(Long composition, String manager, Long mission, Long chart, Long functions) {
        Cofil c = new Cofil(CofilInstaller.SOUS_PREFET, LocalDate.of(2023, 4, 4));
        c.describe(CofilInstaller.SOUS_PREFET, LocalDate.of(2023, 4, 4), "SG, chefs de bureau", composition, manager,
                mission, chart, functions);
        return c;
    }

    static Map<String, ReadinessCheck> checks(LocalDate today, Optional<Cofil> cofil, List<CofilMeeting> meetings) {
        return CofilChecks.evaluate(2025, today, cofil, meetings).stream()
                .collect(Collectors.toMap(ReadinessCheck::code, c -> c));
    }

    @Test
    void aDocumentedCofilThatMetMeetsEveryCheck() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, Optional.of(cofil(1L, "M. Q", 2L, 3L, 4L)),
                List.of(new CofilMeeting(LocalDate.of(2025, 12, 31), "Bilan", 5L)));
        assertThat(checks).hasSize(5);
        assertThat(checks.values()).allSatisfy(c -> assertThat(c.status()).as(c.toString())
                .isEqualTo(CheckStatus.MET));
        assertThat(checks.get("COFIL_INSTALLED").reasons()).containsExactly("installed by the sous-préfet on 2023-04-04");
    }

    @Test
    void withoutACofilTheStandingChecksAreNotMet() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, Optional.empty(), List.of());
        assertThat(checks.get("COFIL_INSTALLED").status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(checks.get("QUALITY_MANAGER").reasons()).containsExactly("no COFIL is recorded");
        assertThat(checks.get("COFIL_MINUTES").reasons()).containsExactly("no COFIL meeting in 2025");
    }

    @Test
    void eachMissingRecordIsNamed() {
        Map<String, ReadinessCheck> checks = checks(AFTER_2025, Optional.of(cofil(null, " ", null, null, 4L)),
                List.of());
        assertThat(checks.get("COFIL_COMPOSITION").reasons())
                .containsExactly("the COFIL's composition is not formalised in a document");
        assertThat(checks.get("QUALITY_MANAGER").reasons()).containsExactly("no quality manager is designated",
                "no function description or mission letter of the quality manager");
        assertThat(checks.get("RESPONSIBILITIES_DOCUMENTED").reasons()).containsExactly("no organisation chart");
        assertThat(checks(AFTER_2025, Optional.of(cofil(1L, "Q", 2L, 3L, null)), List.of())
                .get("RESPONSIBILITIES_DOCUMENTED").reasons()).containsExactly("no function descriptions");
    }

    @Test
    void theCofilsMeetingsOfTheYearNeedMinutes() {
        Optional<Cofil> c = Optional.of(cofil(1L, "Q", 2L, 3L, 4L));
        List<CofilMeeting> meetings = List.of(new CofilMeeting(LocalDate.of(2025, 3, 1), "A", 5L),
                new CofilMeeting(LocalDate.of(2025, 9, 1), "B", null),
                new CofilMeeting(LocalDate.of(2026, 1, 1), "C", null));
        ReadinessCheck minutes = checks(AFTER_2025, c, meetings).get("COFIL_MINUTES");
        assertThat(minutes.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(minutes.reasons()).containsExactly("COFIL meeting of 2025-09-01: no minutes");
        assertThat(checks(LocalDate.of(2025, 10, 1), c, meetings).get("COFIL_MINUTES").status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
        assertThat(checks(AFTER_2025, c, List.of(new CofilMeeting(LocalDate.of(2024, 12, 31), "D", 6L)))
                .get("COFIL_MINUTES").reasons()).containsExactly("no COFIL meeting in 2025");
    }
}
