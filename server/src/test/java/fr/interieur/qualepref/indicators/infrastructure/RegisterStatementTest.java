package fr.interieur.qualepref.indicators.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.indicators.domain.Period;
import fr.interieur.qualepref.registers.domain.Register;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.indicators.domain.RuleCounts;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the statement's groups (period, kind, channel, announced delay, delay, open age, entries) become rule counts. */
class RegisterStatementTest {

    static final LocalDate JANUARY = LocalDate.of(2020, 1, 1);
    static final RegisterRule EMAIL_5 = new RegisterRule("I17.1", Register.CORRESPONDENCE,
            Set.of("INFORMATION_REQUEST"), Set.of("EMAIL"), 5, false, 2020, 9999);
    static final RegisterRule ANNOUNCED = new RegisterRule("I51.1", Register.CORRESPONDENCE,
            Set.of("INFORMATION_REQUEST"), Set.of(), null, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final RegisterRule MEAN = new RegisterRule("I17.3", Register.CORRESPONDENCE,
            Set.of("INFORMATION_REQUEST"), Set.of("EMAIL"), null, true, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final RegisterRule RULE_2019 = new RegisterRule("I3.1", Register.CORRESPONDENCE, Set.of("COMPLAINT"),
            Set.of(), 15, false, Integer.MIN_VALUE, 2019);

    static RegisterStatement statement(RegisterRule... rules) {
        return RegisterStatement.of(Register.CORRESPONDENCE, List.of(rules), Period.MONTH, JANUARY,
                LocalDate.of(2020, 12, 31), LocalDate.of(2021, 3, 31), JANUARY, LocalDate.of(2022, 3, 31),
                List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 4)));
    }

    static Object[] row(String kind, String channel, Integer announced, Integer delay, Integer openAge, long n) {
        return new Object[] {Date.valueOf(JANUARY), kind, channel, announced, delay, openAge, n,
                delay == null ? 0L : delay * n, "CORRESPONDENCE"};
    }

    @Test
    void theFifthWorkingDayIsInTimeTheSixthLateAndAnOpenRequestIsPendingUntilItsDeadline() {
        List<RuleCounts> c = statement(EMAIL_5).counts(List.of(
                row("INFORMATION_REQUEST", "EMAIL", null, 5, null, 3),
                row("INFORMATION_REQUEST", "EMAIL", null, 6, null, 2),
                row("INFORMATION_REQUEST", "EMAIL", null, null, 5, 4),
                row("INFORMATION_REQUEST", "EMAIL", null, null, 6, 1),
                row("INFORMATION_REQUEST", "LETTER", null, 1, null, 7),
                row("COMPLAINT", "EMAIL", null, 1, null, 7)));
        assertThat(c).containsExactly(new RuleCounts("I17.1", JANUARY, 3, 2 + 1, 4, 0, 5, 3 * 5 + 2 * 6));
    }

    @Test
    void anAnnouncedDelayIsEachEntrysOwnAndEntriesWithoutOneAreApart() {
        List<RuleCounts> c = statement(ANNOUNCED).counts(List.of(
                row("INFORMATION_REQUEST", "LETTER", 20, 20, null, 1),
                row("INFORMATION_REQUEST", "EMAIL", 10, 11, null, 1),
                row("INFORMATION_REQUEST", "EMAIL", 30, null, 31, 1),
                row("INFORMATION_REQUEST", "WEB_FORM", null, 3, null, 2)));
        assertThat(c).containsExactly(new RuleCounts("I51.1", JANUARY, 1, 2, 0, 2, 4, 20 + 11 + 6));
    }

    @Test
    void aMeanDelayCountsTheRepliedAndSumsTheirDelaysEvenNegativeOnes() {
        List<RuleCounts> c = statement(MEAN).counts(List.of(
                row("INFORMATION_REQUEST", "EMAIL", null, 4, null, 2),
                row("INFORMATION_REQUEST", "EMAIL", null, -1, null, 1),
                row("INFORMATION_REQUEST", "EMAIL", null, null, 40, 3)));
        assertThat(c).containsExactly(new RuleCounts("I17.3", JANUARY, 0, 0, 0, 0, 3, 7));
    }

    @Test
    void aRuleOutsideItsYearsCountsNothing() {
        assertThat(statement(RULE_2019).counts(List.<Object[]>of(row("COMPLAINT", "LETTER", null, 1, null, 1))))
                .isEmpty();
    }

    @Test
    void onlyTheWeekdayNonWorkingDaysGoToTheDatabaseSortedAndNeverEmpty() {
        assertThat(statement(EMAIL_5).parameters().get(1)).as("4 January 2020 is a Saturday")
                .isEqualTo("{2020-01-01,9999-12-31}");
        assertThat(statement(EMAIL_5).sql()).contains("width_bucket").doesNotContain("?2");
    }

    @Test
    void aTalliedGroupPastTheCapIsLateAndKeepsItsExactSumOfDelays() {
        // 3 requests replied in 61, 70 and 200 working days: tallied together at the cap + 1, their sum exact.
        Object[] tallied = {Date.valueOf(JANUARY), "INFORMATION_REQUEST", "EMAIL", null,
                RegisterStatement.TALLY_DELAY_CAP + 1, null, 3L, 331L, "CORRESPONDENCE"};
        assertThat(statement(EMAIL_5, MEAN).counts(List.<Object[]>of(tallied))).containsExactly(
                new RuleCounts("I17.1", JANUARY, 0, 3, 0, 0, 3, 331),
                new RuleCounts("I17.3", JANUARY, 0, 0, 0, 0, 3, 331));
    }

    @Test
    void withCurrentTalliesWholeMonthsAreReadFromThemAndTheDaysAtTheEndsFromTheRegisters() {
        List<RegisterStatement> plan = RegisterStatement.plan(List.of(EMAIL_5), Period.QUARTER, LocalDate.of(2020, 1, 15), LocalDate.of(2020, 6, 10), LocalDate.of(2021, 3, 31),
                JANUARY, LocalDate.of(2022, 3, 31), List.of(), true);
        assertThat(plan).hasSize(3);
        assertThat(plan.get(0).sql()).contains("FROM register_tally t");
        assertThat(plan.get(0).parameters()).containsEntry(2, "{CORRESPONDENCE}").containsEntry(4, "2020-02-01")
                .containsEntry(5, "2020-05-01").containsEntry(6, "quarter").containsEntry(8, "{5,1000000}");
        assertThat(plan.get(1).sql()).contains("FROM correspondence_entry e").doesNotContain("register_tally");
        assertThat(plan.get(1).parameters()).containsEntry(4, "2020-01-15").containsEntry(5, "2020-01-31");
        assertThat(plan.get(2).parameters()).containsEntry(4, "2020-06-01").containsEntry(5, "2020-06-10");
    }

    @Test
    void oneTalliedStatementServesEveryRegisterAndEachRowIsJudgedByItsRegistersRules() {
        RegisterRule website = new RegisterRule("I1.1", Register.UPDATES, Set.of("UPDATE"), Set.of("WEBSITE"), 3,
                false, 2019, 9999);
        List<RegisterStatement> plan = RegisterStatement.plan(List.of(EMAIL_5, website), Period.MONTH, JANUARY,
                LocalDate.of(2020, 1, 31), LocalDate.of(2021, 3, 31), JANUARY, LocalDate.of(2022, 3, 31),
                List.of(), true);
        assertThat(plan).singleElement().satisfies(s ->
                assertThat(s.parameters()).containsEntry(2, "{CORRESPONDENCE,UPDATES}"));
        Object[] update = {Date.valueOf(JANUARY), "UPDATE", "WEBSITE", null, 3, null, 2L, 6L, "UPDATES"};
        Object[] lateUpdate = {Date.valueOf(JANUARY), "UPDATE", "WEBSITE", null, 4, null, 1L, 4L, "UPDATES"};
        assertThat(plan.get(0).counts(List.of(update, lateUpdate, row("INFORMATION_REQUEST", "EMAIL", null, 5, null,
                1)))).containsExactly(new RuleCounts("I1.1", JANUARY, 2, 1, 0, 0, 3, 10),
                new RuleCounts("I17.1", JANUARY, 1, 0, 0, 0, 1, 5));
    }

    @Test
    void withoutCurrentTalliesOrWithADeadlinePastTheCapEverythingIsReadFromTheRegisters() {
        RegisterRule longDeadline = new RegisterRule("I99.1", Register.CORRESPONDENCE, Set.of("COMPLAINT"),
                Set.of(), RegisterStatement.TALLY_DELAY_CAP + 1, false, 2020, 9999);
        for (var plan : List.of(
                RegisterStatement.plan(List.of(EMAIL_5), Period.MONTH, JANUARY,
                        LocalDate.of(2020, 12, 31), LocalDate.of(2021, 3, 31), JANUARY, LocalDate.of(2022, 3, 31),
                        List.of(), false),
                RegisterStatement.plan(List.of(EMAIL_5, longDeadline), Period.MONTH,
                        JANUARY, LocalDate.of(2020, 12, 31), LocalDate.of(2021, 3, 31), JANUARY,
                        LocalDate.of(2022, 3, 31), List.of(), true))) {
            assertThat(plan).singleElement().satisfies(s -> {
                assertThat(s.sql()).doesNotContain("register_tally");
                assertThat(s.parameters()).containsEntry(4, "2020-01-01").containsEntry(5, "2020-12-31");
            });
        }
    }
}
