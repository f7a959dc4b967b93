package fr.interieur.qualepref.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the appointment, file, imported-value and survey registers, at their edges. */
class NewRegisterFactsTest {

    static final LocalDate MONDAY = LocalDate.of(2022, 3, 7);

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void anAppointmentIsProposedThenFixedAndAnUnavailabilityHasBothEnds() {
        assertThat(new AppointmentFacts("R", AppointmentRequester.ELECTED_OFFICIAL, MONDAY, MONDAY, MONDAY, null,
                null, null, null).problems()).as("all on the day of receipt").isEmpty();
        assertThat(fields(new AppointmentFacts("R", AppointmentRequester.APPLICANT, MONDAY, MONDAY.minusDays(1),
                null, null, null, null, null).problems())).containsExactly("proposedOn");
        assertThat(fields(new AppointmentFacts("R", AppointmentRequester.APPLICANT, MONDAY, null, MONDAY, null,
                null, null, null).problems())).containsExactly("appointmentOn");
        assertThat(fields(new AppointmentFacts("R", AppointmentRequester.APPLICANT, MONDAY, null, null,
                MONDAY.plusDays(3), MONDAY.plusDays(2), null, null).problems())).containsExactly("unavailableUntil");
        assertThat(fields(new AppointmentFacts("R", AppointmentRequester.APPLICANT, MONDAY, null, null, null,
                MONDAY, null, null).problems())).containsExactly("unavailableFrom");
        assertThat(fields(new AppointmentFacts(" ", null, null, null, null, null, null, "x".repeat(201), null)
                .problems())).containsExactly("reference", "requester", "requestedOn", "receivedPerson");
    }

    @Test
    void onlyAnIncompleteFileHasAContact() {
        assertThat(new AdministrativeFileFacts("F", "Armes", FileChannel.PAPER, MONDAY, true, MONDAY, 30, null)
                .problems()).isEmpty();
        assertThat(fields(new AdministrativeFileFacts("F", "Armes", FileChannel.PAPER, MONDAY, false, MONDAY, null,
                null).problems())).containsExactly("contactedOn");
        assertThat(fields(new AdministrativeFileFacts("F", "Armes", FileChannel.TELEPROCEDURE, MONDAY, null,
                MONDAY.minusDays(1), 0, MONDAY.minusDays(1)).problems()))
                .containsExactly("incomplete", "contactedOn", "decidedOn", "announcedDelayDays");
    }

    @Test
    void anImportedValueBelongsToTheFirstDayOfItsMonthOrQuarter() {
        ImportedValueFacts quarter = new ImportedValueFacts("I14.1", ValuePeriod.QUARTER, LocalDate.of(2022, 10, 1),
                new BigDecimal("12.5"), "ANTS");
        assertThat(quarter.problems()).isEmpty();
        assertThat(quarter.reference()).isEqualTo("I14.1/2022-Q4");
        assertThat(new ImportedValueFacts("I22.1", ValuePeriod.MONTH, LocalDate.of(2022, 2, 1), BigDecimal.ONE, null)
                .reference()).isEqualTo("I22.1/2022-02");
        assertThat(fields(new ImportedValueFacts("I14.1", ValuePeriod.QUARTER, LocalDate.of(2022, 11, 1),
                BigDecimal.ONE, null).problems())).containsExactly("periodStart");
        assertThat(fields(new ImportedValueFacts("I22.1", ValuePeriod.MONTH, LocalDate.of(2022, 2, 2),
                BigDecimal.ONE, null).problems())).containsExactly("periodStart");
        assertThat(fields(new ImportedValueFacts("22.1", ValuePeriod.MONTH, LocalDate.of(2022, 2, 1),
                new BigDecimal("0.12345"), null).problems())).containsExactly("indicator", "value");
    }

    @Test
    void aSurveyResultHasNoMoreSatisfiedThanRespondents() {
        assertThat(new SurveyFacts("S", SurveyKind.MYSTERY, "I2.1", "courtoisie", MONDAY, 20, 20).problems())
                .isEmpty();
        assertThat(fields(new SurveyFacts("S", SurveyKind.MYSTERY, "I2.1", "courtoisie", MONDAY, 20, 21)
                .problems())).containsExactly("satisfied");
        assertThat(fields(new SurveyFacts("S", SurveyKind.SATISFACTION, "I2.1", "courtoisie", MONDAY, 0, 0)
                .problems())).containsExactly("respondents");
        assertThat(fields(new SurveyFacts("S", null, null, " ", null, null, null).problems()))
                .containsExactly("survey", "indicator", "criterion", "conductedOn", "respondents", "satisfied");
    }
}
