package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.governance.domain.TrainingChecks.AgentRecord;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Post;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Training;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IV.3 in the readiness of a site: checked on the last day of a past year, or today in the current year. */
class TrainingChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static AgentRecord agent(String name, String start, String... trainings) {
        return new AgentRecord(name, List.of(new Post(DutyCategory.RECEPTION, LocalDate.parse(start), null)),
                java.util.Arrays.stream(trainings).map(t -> new Training(DutyCategory.RECEPTION, TrainingKind.INITIAL,
                        LocalDate.parse(t))).toList());
    }

    @Test
    void metWhenEveryAgentIsInCompliance() {
        ReadinessCheck c = TrainingChecks.evaluate(2025, TODAY, List.of(agent("A", "2024-01-01", "2024-03-01")));
        assertThat(c.status()).isEqualTo(CheckStatus.MET);
        assertThat(c.reasons()).containsExactly("1 agent(s) with training duties, all in compliance on 2025-12-31");
    }

    @Test
    void aPastYearIsCheckedOnItsLastDay() {
        AgentRecord late = agent("B", "2024-12-30");
        ReadinessCheck c = TrainingChecks.evaluate(2025, TODAY, List.of(late));
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly(
                "B: initial RECEPTION training due by 2025-12-30 (IV.3), non-compliant since 2025-12-31");
        assertThat(TrainingChecks.evaluate(2025, TODAY, List.of(agent("C", "2024-12-31"))).status())
                .as("due on 31 December: still in time that year").isEqualTo(CheckStatus.MET);
    }

    @Test
    void dutiesFallingDueLaterThisYearAreNotYetDue() {
        ReadinessCheck c = TrainingChecks.evaluate(2026, TODAY, List.of(agent("D", "2025-09-01")));
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_YET_DUE);
        assertThat(c.reasons()).containsExactly("D: initial RECEPTION training due by 2026-09-01 (IV.3)");
    }

    @Test
    void noAgentWithADutyIsNotMet() {
        ReadinessCheck c = TrainingChecks.evaluate(2025, TODAY, List.of());
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("no agent with a training duty is recorded");
    }

    @Test
    void aFutureYearIsNotYetDue() {
        assertThat(TrainingChecks.evaluate(2027, TODAY, List.of()).status()).isEqualTo(CheckStatus.NOT_YET_DUE);
    }
}
