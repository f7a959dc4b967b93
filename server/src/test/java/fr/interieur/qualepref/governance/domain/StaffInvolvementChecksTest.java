package fr.interieur.qualepref.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffInvolvementChecksTest {

    @Test
    void aPlanFromStaffFeedbackInTheYearMeetsIvFour() {
        assertThat(StaffInvolvementChecks.evaluate(2026, LocalDate.parse("2026-06-01"),
                List.of(ActionSource.COMPLAINT_ANALYSIS, ActionSource.STAFF_FEEDBACK)).status())
                .isEqualTo(CheckStatus.MET);
    }

    @Test
    void withoutOneItIsNotYetDueUntilTheThirtyFirstOfDecemberThenMissed() {
        List<ActionSource> none = List.of(ActionSource.AUDIT_FINDING);
        assertThat(StaffInvolvementChecks.evaluate(2026, LocalDate.parse("2026-12-31"), none).status())
                .isEqualTo(CheckStatus.NOT_YET_DUE);
        ReadinessCheck missed = StaffInvolvementChecks.evaluate(2026, LocalDate.parse("2027-01-01"), none);
        assertThat(missed.status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(missed.reference()).isEqualTo("IV.4");
    }
}
