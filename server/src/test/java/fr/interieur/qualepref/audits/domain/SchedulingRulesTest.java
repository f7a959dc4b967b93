package fr.interieur.qualepref.audits.domain;

import static fr.interieur.qualepref.audits.domain.AuditStatus.CANCELLED;
import static fr.interieur.qualepref.audits.domain.AuditStatus.CLOSED;
import static fr.interieur.qualepref.audits.domain.AuditStatus.SCHEDULED;
import static fr.interieur.qualepref.audits.domain.AuditType.EXTERNAL_FOLLOW_UP;
import static fr.interieur.qualepref.audits.domain.AuditType.EXTERNAL_INITIAL;
import static fr.interieur.qualepref.audits.domain.AuditType.INTERNAL;
import static fr.interieur.qualepref.audits.domain.AuditType.SELF_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulingRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final LocalDate EXTERNAL = LocalDate.parse("2027-03-15");

    static PlannedAudit audit(long id, AuditType type, AuditStatus status, String date) {
        return new PlannedAudit(id, type, status, LocalDate.parse(date));
    }

    static List<String> rules(Runnable check) {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, check::run);
        assertThat(v).as("refused").isNotNull();
        return v.broken().stream().map(Broken::rule).toList();
    }

    @Test
    void anExternalAuditWithoutAnInternalOneIsRefusedWithTheDatesThatWouldDo() {
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> SchedulingRules.checkNew(true, 3, TODAY,
                List.of(), List.of(new PlannedAudit(0, EXTERNAL_INITIAL, SCHEDULED, EXTERNAL))));

        assertThat(v.broken()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("INTERNAL_AUDIT_BEFORE_EXTERNAL");
            assertThat(b.reference()).isEqualTo("V.2");
            assertThat(b.english()).contains("between 2026-12-16 and 2027-02-14");
            assertThat(b.french()).contains("entre le 2026-12-16 et le 2027-02-14");
        });
    }

    @Test
    void anInternalAuditOrASelfAssessmentInTheWindowSatisfiesTheRule() {
        for (AuditType preparatory : List.of(INTERNAL, SELF_ASSESSMENT)) {
            assertThatCode(() -> SchedulingRules.checkNew(true, 3, TODAY,
                    List.of(audit(1, preparatory, SCHEDULED, "2027-02-14")),
                    List.of(new PlannedAudit(0, EXTERNAL_INITIAL, SCHEDULED, EXTERNAL)))).doesNotThrowAnyException();
        }
    }

    @Test
    void oneDayOutsideTheWindowIsRefusedAndACancelledInternalAuditDoesNotCount() {
        assertThat(rules(() -> SchedulingRules.checkNew(true, 3, TODAY,
                List.of(audit(1, INTERNAL, SCHEDULED, "2027-02-15")),
                List.of(new PlannedAudit(0, EXTERNAL_INITIAL, SCHEDULED, EXTERNAL)))))
                .containsExactly("INTERNAL_AUDIT_BEFORE_EXTERNAL");
        assertThat(rules(() -> SchedulingRules.checkNew(true, 3, TODAY,
                List.of(audit(1, INTERNAL, CANCELLED, "2027-01-15")),
                List.of(new PlannedAudit(0, EXTERNAL_INITIAL, SCHEDULED, EXTERNAL)))))
                .containsExactly("INTERNAL_AUDIT_BEFORE_EXTERNAL");
    }

    @Test
    void aClosedInternalAuditCountsItHasTakenPlace() {
        assertThatCode(() -> SchedulingRules.checkNew(true, 3, LocalDate.parse("2027-02-01"),
                List.of(audit(1, INTERNAL, CLOSED, "2027-01-15")),
                List.of(new PlannedAudit(0, EXTERNAL_FOLLOW_UP, SCHEDULED, EXTERNAL)))).doesNotThrowAnyException();
    }

    @Test
    void bothAuditsCanBeScheduledTogether() {
        assertThatCode(() -> SchedulingRules.checkNew(true, 3, TODAY, List.of(), List.of(
                new PlannedAudit(0, EXTERNAL_INITIAL, SCHEDULED, EXTERNAL),
                new PlannedAudit(0, INTERNAL, SCHEDULED, LocalDate.parse("2027-01-20"))))).doesNotThrowAnyException();
    }

    @Test
    void aSiteNotEngagedOrWithoutModulesAndAPastDateAreRefused() {
        assertThat(rules(() -> SchedulingRules.checkNew(false, 0, TODAY, List.of(),
                List.of(new PlannedAudit(0, SELF_ASSESSMENT, SCHEDULED, TODAY.minusDays(1))))))
                .containsExactly("SITE_NOT_ENGAGED", "AUDIT_IN_THE_PAST");
        assertThat(rules(() -> SchedulingRules.checkNew(true, 0, TODAY, List.of(),
                List.of(new PlannedAudit(0, SELF_ASSESSMENT, SCHEDULED, TODAY)))))
                .containsExactly("SITE_WITHOUT_MODULES");
        assertThatCode(() -> SchedulingRules.checkNew(true, 1, TODAY, List.of(),
                List.of(new PlannedAudit(0, SELF_ASSESSMENT, SCHEDULED, TODAY)))).doesNotThrowAnyException();
    }

    @Test
    void movingTheExternalAuditOutOfItsInternalAuditsWindowIsRefused() {
        List<PlannedAudit> site = List.of(audit(1, INTERNAL, SCHEDULED, "2027-01-15"),
                audit(2, EXTERNAL_INITIAL, SCHEDULED, "2027-03-15"));

        assertThatCode(() -> SchedulingRules.checkMove(site.get(1), LocalDate.parse("2027-03-16"), TODAY, site))
                .doesNotThrowAnyException();
        // on 2027-04-14 the window is 2027-01-15 … 2027-03-16 (one day inside); on 2027-04-15, 2027-01-16 … (outside)
        assertThatCode(() -> SchedulingRules.checkMove(site.get(1), LocalDate.parse("2027-04-14"), TODAY, site))
                .doesNotThrowAnyException();
        assertThat(rules(() -> SchedulingRules.checkMove(site.get(1), LocalDate.parse("2027-04-15"), TODAY, site)))
                .containsExactly("INTERNAL_AUDIT_BEFORE_EXTERNAL");
    }

    @Test
    void movingOrCancellingTheInternalAuditReChecksTheExternalOne() {
        List<PlannedAudit> site = List.of(audit(1, INTERNAL, SCHEDULED, "2027-01-15"),
                audit(2, EXTERNAL_INITIAL, SCHEDULED, "2027-03-15"));

        assertThatCode(() -> SchedulingRules.checkMove(site.get(0), LocalDate.parse("2027-02-14"), TODAY, site))
                .doesNotThrowAnyException();
        assertThat(rules(() -> SchedulingRules.checkMove(site.get(0), LocalDate.parse("2027-02-15"), TODAY, site)))
                .containsExactly("INTERNAL_AUDIT_BEFORE_EXTERNAL");
        assertThat(rules(() -> SchedulingRules.checkCancel(site.get(0), site)))
                .containsExactly("INTERNAL_AUDIT_BEFORE_EXTERNAL");
    }

    @Test
    void aSecondInternalAuditInTheWindowLetsTheFirstOneMove() {
        List<PlannedAudit> site = List.of(audit(1, INTERNAL, SCHEDULED, "2027-01-15"),
                audit(3, SELF_ASSESSMENT, SCHEDULED, "2027-01-20"),
                audit(2, EXTERNAL_INITIAL, SCHEDULED, "2027-03-15"));

        assertThatCode(() -> SchedulingRules.checkMove(site.get(0), LocalDate.parse("2027-06-01"), TODAY, site))
                .doesNotThrowAnyException();
        assertThatCode(() -> SchedulingRules.checkCancel(site.get(0), site)).doesNotThrowAnyException();
    }

    @Test
    void anExternalAuditAlreadyInBreachDoesNotBlockUnrelatedChanges() {
        List<PlannedAudit> site = List.of(audit(2, EXTERNAL_INITIAL, SCHEDULED, "2027-03-15"),
                audit(4, SELF_ASSESSMENT, SCHEDULED, "2027-06-01"));

        assertThatCode(() -> SchedulingRules.checkMove(site.get(1), LocalDate.parse("2027-06-02"), TODAY, site))
                .doesNotThrowAnyException();
    }

    @Test
    void closedAndCancelledAuditsNeitherMoveNorCancel() {
        PlannedAudit closed = audit(1, INTERNAL, CLOSED, "2027-01-15");
        assertThat(rules(() -> SchedulingRules.checkMove(closed, LocalDate.parse("2027-01-20"), TODAY,
                List.of(closed)))).containsExactly("AUDIT_NOT_OPEN");
        PlannedAudit cancelled = audit(1, INTERNAL, CANCELLED, "2027-01-15");
        assertThat(rules(() -> SchedulingRules.checkCancel(cancelled, List.of(cancelled))))
                .containsExactly("AUDIT_NOT_OPEN");
    }

    @Test
    void movingIntoThePastIsRefused() {
        PlannedAudit self = audit(1, SELF_ASSESSMENT, SCHEDULED, "2027-01-15");
        assertThat(rules(() -> SchedulingRules.checkMove(self, TODAY.minusDays(1), TODAY, List.of(self))))
                .containsExactly("AUDIT_IN_THE_PAST");
    }
}
