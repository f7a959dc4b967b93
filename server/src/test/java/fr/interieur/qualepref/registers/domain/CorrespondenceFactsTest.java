package fr.interieur.qualepref.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules a correspondence entry obeys, whatever path it comes by (form, correction, CSV import). */
class CorrespondenceFactsTest {

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static CorrespondenceFacts facts(String received, String missingAsked, String missingIn, String ack,
                                     String redirectedOn, String redirectedTo, String holding, String replied) {
        return new CorrespondenceFacts("REF-1", CorrespondenceChannel.EMAIL, CorrespondenceKind.INFORMATION_REQUEST,
                d(received), d(missingAsked), d(missingIn), d(ack), d(redirectedOn), redirectedTo, d(holding),
                d(replied), null, null);
    }

    @Test
    void aCompleteRequestIsAccepted() {
        assertThat(facts("2020-03-02", null, null, "2020-03-02", null, null, null, "2020-03-05").problems())
                .isEmpty();
    }

    @Test
    void theClockRestartsWhenTheMissingPiecesArrive() {
        CorrespondenceFacts f = facts("2020-03-02", "2020-03-03", "2020-03-10", null, null, null, null, null);
        assertThat(f.problems()).isEmpty();
        assertThat(f.clockStart()).isEqualTo(d("2020-03-10"));
        assertThat(facts("2020-03-02", "2020-03-03", null, null, null, null, null, null).clockStart())
                .as("asked but not yet received: still counted from receipt").isEqualTo(d("2020-03-02"));
    }

    @Test
    void everyDateComesAfterReceipt() {
        assertThat(facts("2020-03-10", "2020-03-09", null, "2020-03-09", "2020-03-09", "SGAR", "2020-03-09",
                "2020-03-09").problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("missingRequestedOn", "acknowledgedOn", "redirectedOn", "holdingReplyOn",
                        "repliedOn");
    }

    @Test
    void missingPiecesArriveAfterTheyWereAskedFor() {
        assertThat(facts("2020-03-02", null, "2020-03-05", null, null, null, null, null).problems())
                .extracting(FieldProblem::field).containsExactly("missingReceivedOn");
        assertThat(facts("2020-03-02", "2020-03-06", "2020-03-05", null, null, null, null, null).problems())
                .extracting(FieldProblem::reason).containsExactly("is before missingRequestedOn");
    }

    @Test
    void aRedirectionNamesItsService() {
        assertThat(facts("2020-03-02", null, null, null, "2020-03-03", null, null, null).problems())
                .extracting(FieldProblem::field).containsExactly("redirectedTo");
        assertThat(facts("2020-03-02", null, null, null, null, "DDT", null, null).problems())
                .extracting(FieldProblem::field).containsExactly("redirectedOn");
    }

    @Test
    void requiredFieldsAndTheCalendarsYears() {
        CorrespondenceFacts empty = new CorrespondenceFacts(" ", null, null, null, null, null, null, null, null,
                null, null, CorrespondenceChannel.LETTER, 0);
        assertThat(empty.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("reference",
                "channel", "kind", "receivedOn", "replyChannel", "announcedDelayDays");
        assertThat(facts("2017-12-29", null, null, null, null, null, null, null).problems())
                .extracting(FieldProblem::reason).containsExactly("must fall within 2018–2100");
    }
}
