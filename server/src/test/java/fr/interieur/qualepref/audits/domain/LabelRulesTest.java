package fr.interieur.qualepref.audits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.audits.domain.LabelRules.Decision;
import fr.interieur.qualepref.audits.domain.LabelRules.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelRulesTest {

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aLabelIsValidThreeYearsWithAFollowUpAuditEighteenMonthsIn() {
        Validity v = LabelRules.grant(d("2027-04-20"), AuditType.EXTERNAL_INITIAL, Optional.empty());

        assertThat(v).isEqualTo(new Validity(d("2027-04-20"), d("2030-04-20")));
        assertThat(v.followUpDue()).isEqualTo(d("2028-10-20"));
        assertThat(v.covers(d("2030-04-20"))).isTrue();
        assertThat(v.covers(d("2030-04-21"))).isFalse();
    }

    @Test
    void aLabelGrantedOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        Validity v = LabelRules.grant(d("2028-02-29"), AuditType.EXTERNAL_INITIAL, Optional.empty());

        assertThat(v.until()).isEqualTo(d("2031-02-28"));
        assertThat(v.followUpDue()).isEqualTo(d("2029-08-29"));
    }

    @Test
    void aLabelGrantedOnTheTwentyEighthOfFebruaryBeforeALeapYearEndsOnTheTwentyEighth() {
        assertThat(LabelRules.grant(d("2025-02-28"), AuditType.EXTERNAL_INITIAL, Optional.empty()).until())
                .isEqualTo(d("2028-02-28"));
    }

    @Test
    void aRenewalBeforeExpiryExtendsWithoutAGapAndAfterExpiryStartsAgain() {
        Validity current = new Validity(d("2028-02-29"), d("2031-02-28"));

        Validity renewed = LabelRules.grant(d("2030-12-10"), AuditType.EXTERNAL_RENEWAL, Optional.of(current));
        assertThat(renewed).isEqualTo(new Validity(d("2030-12-10"), d("2034-02-28")));

        Validity onTheLastDay = LabelRules.grant(d("2031-02-28"), AuditType.EXTERNAL_RENEWAL, Optional.of(current));
        assertThat(onTheLastDay.until()).isEqualTo(d("2034-02-28"));

        Validity late = LabelRules.grant(d("2031-03-01"), AuditType.EXTERNAL_RENEWAL, Optional.of(current));
        assertThat(late).isEqualTo(new Validity(d("2031-03-01"), d("2034-03-01")));
    }

    @Test
    void onlyAnExternalAuditLeadsToALabel() {
        assertThatThrownBy(() -> LabelRules.grant(d("2027-01-01"), AuditType.INTERNAL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLabelInForceFollowsGrantsSuspensionsAndExpiry() {
        List<Decision> decisions = List.of(
                new Decision(1, AuditType.EXTERNAL_INITIAL, LabelDecisionKind.GRANTED, d("2027-04-20"),
                        d("2027-04-20"), d("2030-04-20")),
                new Decision(2, AuditType.EXTERNAL_FOLLOW_UP, LabelDecisionKind.SUSPENDED, d("2028-11-02"), null, null),
                new Decision(3, AuditType.EXTERNAL_RENEWAL, LabelDecisionKind.GRANTED, d("2029-06-01"),
                        d("2029-06-01"), d("2032-06-01")),
                new Decision(4, AuditType.EXTERNAL_RENEWAL, LabelDecisionKind.REFUSED, d("2032-03-01"), null, null));

        assertThat(LabelRules.inForce(decisions, d("2027-04-19"))).isEmpty();
        assertThat(LabelRules.inForce(decisions, d("2028-11-01"))).isPresent();
        assertThat(LabelRules.inForce(decisions, d("2028-11-02"))).isEmpty();
        assertThat(LabelRules.inForce(decisions, d("2032-03-02"))).contains(new Validity(d("2029-06-01"),
                d("2032-06-01")));
        assertThat(LabelRules.inForce(decisions, d("2032-06-02"))).isEmpty();
        assertThat(LabelRules.lastGrant(decisions)).map(Decision::auditId).contains(3L);
    }

    @Test
    void aWarningWhenTheLabelEndsWithinSixMonthsWithoutARenewalAudit() {
        Optional<Validity> label = Optional.of(new Validity(d("2027-04-20"), d("2030-04-20")));

        assertThat(LabelRules.expiryWarning(label, d("2029-10-19"), List.of())).isFalse();
        assertThat(LabelRules.expiryWarning(label, d("2029-10-20"), List.of())).isTrue();
        assertThat(LabelRules.expiryWarning(label, d("2029-10-20"), List.of(new PlannedAudit(9,
                AuditType.EXTERNAL_RENEWAL, AuditStatus.SCHEDULED, d("2030-03-01"))))).isFalse();
        assertThat(LabelRules.expiryWarning(label, d("2029-10-20"), List.of(new PlannedAudit(9,
                AuditType.EXTERNAL_RENEWAL, AuditStatus.SCHEDULED, d("2030-04-21"))))).as("after expiry").isTrue();
        assertThat(LabelRules.expiryWarning(label, d("2029-10-20"), List.of(new PlannedAudit(9,
                AuditType.EXTERNAL_RENEWAL, AuditStatus.CANCELLED, d("2030-03-01"))))).isTrue();
        assertThat(LabelRules.expiryWarning(Optional.empty(), d("2029-10-20"), List.of())).isFalse();
    }
}
