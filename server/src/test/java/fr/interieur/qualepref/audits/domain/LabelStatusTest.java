package fr.interieur.qualepref.audits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelStatusTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static final PlannedAudit INTERNAL = new PlannedAudit(1, AuditType.INTERNAL, AuditStatus.CLOSED, d("2027-01-15"));
    static final PlannedAudit EXTERNAL = new PlannedAudit(2, AuditType.EXTERNAL_INITIAL, AuditStatus.CLOSED,
            d("2027-03-15"));
    static final LabelRules.Decision GRANT = new LabelRules.Decision(2, AuditType.EXTERNAL_INITIAL,
            LabelDecisionKind.GRANTED, d("2027-04-20"), d("2027-04-20"), d("2030-04-20"));

    @Test
    void withoutAnyAuditTheReasonIsNoAudit() {
        LabelStatus s = LabelStatus.of(List.of(), List.of(), Set.of(), d("2027-01-01"));
        assertThat(s.state()).isEqualTo("NOT_LABELLED");
        assertThat(s.reason()).isEqualTo("NO_AUDIT");
    }

    @Test
    void aScheduledExternalAuditThenAClosedOneAwaitingTheDecision() {
        PlannedAudit open = new PlannedAudit(2, AuditType.EXTERNAL_INITIAL, AuditStatus.SCHEDULED, d("2027-03-15"));
        assertThat(LabelStatus.of(List.of(), List.of(INTERNAL, open), Set.of(), d("2027-02-01")))
                .extracting(LabelStatus::reason, LabelStatus::nextExternal)
                .containsExactly("AUDIT_SCHEDULED", d("2027-03-15"));
        assertThat(LabelStatus.of(List.of(), List.of(INTERNAL, EXTERNAL), Set.of(), d("2027-03-20")).reason())
                .isEqualTo("AWAITING_DECISION");
    }

    @Test
    void aGrantedLabelWithItsFollowUpAndThenExpired() {
        LabelStatus labelled = LabelStatus.of(List.of(GRANT), List.of(INTERNAL, EXTERNAL), Set.of(2L), d("2027-05-01"));
        assertThat(labelled.state()).isEqualTo("LABELLED");
        assertThat(labelled.validUntil()).isEqualTo(d("2030-04-20"));
        assertThat(labelled.followUpDue()).isEqualTo(d("2028-10-20"));
        assertThat(labelled.warnings()).isEmpty();

        LabelStatus followUpDue = LabelStatus.of(List.of(GRANT), List.of(INTERNAL, EXTERNAL), Set.of(2L),
                d("2028-04-20"));
        assertThat(followUpDue.warnings()).singleElement().asString().startsWith("FOLLOW_UP_AUDIT_NOT_SCHEDULED");

        LabelStatus expiring = LabelStatus.of(List.of(GRANT), List.of(INTERNAL, EXTERNAL,
                new PlannedAudit(5, AuditType.EXTERNAL_FOLLOW_UP, AuditStatus.CLOSED, d("2028-10-01"))), Set.of(2L),
                d("2029-11-01"));
        assertThat(expiring.warnings()).singleElement().asString().startsWith("LABEL_EXPIRES_WITHOUT_RENEWAL_AUDIT");

        LabelStatus expired = LabelStatus.of(List.of(GRANT), List.of(INTERNAL, EXTERNAL), Set.of(2L),
                d("2030-04-21"));
        assertThat(expired.state()).isEqualTo("EXPIRED");
        assertThat(expired.reason()).isEqualTo("EXPIRED");
    }

    @Test
    void refusedAndSuspended() {
        var refused = new LabelRules.Decision(2, AuditType.EXTERNAL_INITIAL, LabelDecisionKind.REFUSED,
                d("2027-04-20"), null, null);
        assertThat(LabelStatus.of(List.of(refused), List.of(INTERNAL, EXTERNAL), Set.of(2L), d("2027-05-01"))
                .reason()).isEqualTo("REFUSED");
        var suspended = new LabelRules.Decision(3, AuditType.EXTERNAL_FOLLOW_UP, LabelDecisionKind.SUSPENDED,
                d("2028-11-01"), null, null);
        LabelStatus s = LabelStatus.of(List.of(GRANT, suspended), List.of(INTERNAL, EXTERNAL), Set.of(2L, 3L),
                d("2028-12-01"));
        assertThat(s.state()).isEqualTo("SUSPENDED");
    }
}
