package fr.interieur.qualepref.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a website or voice-server change (1.2). */
class UpdateFactsTest {

    static UpdateFacts facts(String requested, String online) {
        return new UpdateFacts("U-1", UpdateMedium.WEBSITE, "Horaires", requested == null ? null
                : LocalDate.parse(requested), online == null ? null : LocalDate.parse(online));
    }

    @Test
    void aChangeOnlineOnOrAfterTheRequestIsAccepted() {
        assertThat(facts("2020-04-09", "2020-04-09").problems()).isEmpty();
        assertThat(facts("2020-04-09", null).problems()).isEmpty();
    }

    @Test
    void onlineBeforeItWasRequestedIsRefused() {
        assertThat(facts("2020-04-09", "2020-04-08").problems()).extracting(FieldProblem::field)
                .containsExactly("onlineOn");
    }

    @Test
    void requiredFields() {
        assertThat(new UpdateFacts(null, null, " ", null, null).problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("reference", "medium", "subject", "requestedOn");
        assertThat(facts("2101-01-01", null).problems()).extracting(FieldProblem::reason)
                .containsExactly("must fall within 2018–2100");
    }
}
