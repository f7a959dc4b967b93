package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Actions of a plan (V.1): closed on evidence only, overdue from the day after their due date. */
class PlanActionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static PlanAction action(String due) {
        return new PlanAction(1L, "Réponses types", "Bureau", LocalDate.parse(due));
    }

    static String rule(Throwable t) {
        return ((RuleViolation) t).broken().get(0).rule();
    }

    @Test
    void closingRequiresEvidence() {
        PlanAction a = action("2026-02-01");
        assertThatThrownBy(() -> a.close(null, "fait", TODAY, TODAY)).isInstanceOf(RuleViolation.class)
                .satisfies(t -> assertThat(rule(t)).isEqualTo("CLOSE_WITH_EVIDENCE"));
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        a.close(12L, "fait", TODAY, TODAY);
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        assertThat(a.evidenceDocumentId()).isEqualTo(12L);
        assertThat(a.completedOn()).isEqualTo(TODAY);
    }

    @Test
    void aClosedActionStaysClosed() {
        PlanAction a = action("2026-02-01");
        a.close(12L, null, TODAY, TODAY);
        assertThatThrownBy(() -> a.close(13L, null, TODAY, TODAY))
                .satisfies(t -> assertThat(rule(t)).isEqualTo("ACTION_CLOSED"));
        assertThatThrownBy(() -> a.revise("x", "y", TODAY, ActionStatus.OPEN))
                .satisfies(t -> assertThat(rule(t)).isEqualTo("ACTION_CLOSED"));
    }

    @Test
    void doneIsReachedOnlyThroughTheClosure() {
        PlanAction a = action("2026-02-01");
        assertThatThrownBy(() -> a.revise("x", "y", TODAY, ActionStatus.DONE))
                .satisfies(t -> assertThat(rule(t)).isEqualTo("CLOSE_WITH_EVIDENCE"));
        a.revise("Réponses types v2", "SG", TODAY, ActionStatus.IN_PROGRESS);
        assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(a.owner()).isEqualTo("SG");
    }

    @Test
    void anActionCannotBeCompletedInTheFuture() {
        PlanAction a = action("2026-02-01");
        assertThatThrownBy(() -> a.close(12L, null, TODAY.plusDays(1), TODAY))
                .satisfies(t -> assertThat(rule(t)).isEqualTo("COMPLETED_IN_FUTURE"));
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void overdueFromTheDayAfterItsDueDate() {
        PlanAction a = action("2025-12-31");
        assertThat(a.overdueOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(a.overdueOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void anActionCompletedLateWasOverdueUntilItsCompletion() {
        PlanAction a = action("2025-11-30");
        a.close(1L, null, LocalDate.of(2026, 1, 15), TODAY);
        assertThat(a.overdueOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(a.overdueOn(LocalDate.of(2026, 1, 15))).isFalse();
        assertThat(a.overdueOn(TODAY)).isFalse();
    }

    @Test
    void theFollowUpCheckListsTheOverdueActionsOnTheLastDayOfAPastYear() {
        PlanAction late = action("2025-06-30");
        PlanAction onTime = action("2025-12-31");
        PlanAction doneInTime = action("2025-03-01");
        doneInTime.close(2L, null, LocalDate.of(2025, 2, 27), TODAY);
        ReadinessCheck c = ActionPlanChecks.followed(2025, TODAY, List.of(onTime, late, doneInTime),
                Map.of(1L, "Plan accueil"));
        assertThat(c.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(c.reasons()).containsExactly("Plan accueil: \"Réponses types\" (Bureau) was due on 2025-06-30");
        assertThat(ActionPlanChecks.overdue(List.of(onTime, late), LocalDate.of(2026, 1, 1)))
                .containsExactly(late, onTime);
        assertThat(ActionPlanChecks.followed(2027, TODAY, List.of(late), Map.of()).status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
        assertThat(ActionPlanChecks.followed(2026, TODAY, List.of(onTime), Map.of()).status())
                .as("in the current year, checked today").isEqualTo(CheckStatus.NOT_MET);
        assertThat(ActionPlanChecks.followed(2024, TODAY, List.of(late), Map.of()).status())
                .isEqualTo(CheckStatus.MET);
    }
}
