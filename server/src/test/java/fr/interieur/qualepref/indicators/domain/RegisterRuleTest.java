package fr.interieur.qualepref.indicators.domain;

import fr.interieur.qualepref.registers.domain.Register;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.testing.ShippedReferential;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which indicators of the shipped référentiel the registers measure, and with which rule. */
class RegisterRuleTest {

    static Map<String, RegisterRule> rules() {
        Map<String, RegisterRule> rules = new TreeMap<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            Optional<RegisterRule> r = RegisterRule.of(i.commitment(), i.code(), i.kind(),
                    i.deadlineValue(), i.deadlineUnit(), i.channel(), i.validFrom(), i.validUntil());
            r.ifPresent(rule -> rules.put(i.code(), rule));
        }
        return rules;
    }

    @Test
    void theRegisterMeasuresTheDeadlinesOfCommitments3_17_36And51() {
        assertThat(rules().entrySet().stream().filter(e -> e.getValue().register() == Register.CORRESPONDENCE)
                .map(Map.Entry::getKey)).containsExactly("I17.1", "I17.2", "I17.3", "I3.1", "I3.2", "I3.3", "I3.4",
                "I3.5", "I36.1", "I36.2", "I51.1");
    }

    @Test
    void theUpdateRegisterMeasuresTheThreeDaysOfTheWebsiteAndTheVoiceServer() {
        Map<String, RegisterRule> updates = new TreeMap<>(rules());
        updates.values().removeIf(r -> r.register() != Register.UPDATES);
        assertThat(updates.keySet()).containsExactly("I1.1", "I1.2", "I11.2", "I51.2", "I8.2");
        assertThat(updates.values()).allSatisfy(r -> assertThat(r.deadline()).isEqualTo(3));
        assertThat(updates.get("I1.2").channels()).containsExactly("VOICE_SERVER");
        assertThat(updates.get("I11.2").channels()).containsExactly("WEBSITE");
    }

    @Test
    void theRuleOf2019And2020ComesFromTheReferentialData() {
        Map<String, RegisterRule> rules = rules();
        RegisterRule i31 = rules.get("I3.1");
        assertThat(i31.deadline()).isEqualTo(15);
        assertThat(i31.channels()).as("all channels in 2019").isEmpty();
        assertThat(i31.appliesToSomeYear(2019, 2019)).isTrue();
        assertThat(i31.appliesToSomeYear(2020, 2020)).isFalse();
        RegisterRule i32 = rules.get("I3.2");
        assertThat(i32.deadline()).isEqualTo(5);
        assertThat(i32.channels()).as("3.1 'envoi électronique'")
                .containsExactlyInAnyOrder("EMAIL", "WEB_FORM");
        assertThat(i32.appliesToSomeYear(2019, 2019)).isFalse();
        assertThat(i32.kinds()).containsExactlyInAnyOrder("SUGGESTION", "COMPLAINT");
        assertThat(rules.get("I3.4").channels()).containsExactly("SUGGESTION_BOX");
        assertThat(rules.get("I3.4").deadline()).isEqualTo(10);
    }

    @Test
    void appointmentsMeasureTheProposalThenTheAppointmentFor37And40() {
        Map<String, RegisterRule> rules = rules();
        assertThat(rules.entrySet().stream().filter(e -> e.getValue().register() == Register.APPOINTMENTS)
                .map(Map.Entry::getKey)).containsExactly("I37.1", "I37.2", "I40.1", "I40.2");
        assertThat(rules.get("I37.1").kinds()).containsExactly(RegisterRule.PROPOSAL);
        assertThat(rules.get("I37.1").deadline()).as("37.1: 4 working days from receipt").isEqualTo(4);
        assertThat(rules.get("I37.2").kinds()).containsExactly(RegisterRule.MEETING);
        assertThat(rules.get("I37.2").deadline()).as("37.1: 10 working days from the proposal").isEqualTo(10);
        assertThat(rules.get("I37.1").channels()).containsExactly("ELECTED_OFFICIAL");
        assertThat(rules.get("I40.2").channels()).containsExactly("APPLICANT");
    }

    @Test
    void filesMeasureTheContactOf38_39_52AndTheAnnouncedDelayOf38And52() {
        Map<String, RegisterRule> rules = rules();
        assertThat(rules.entrySet().stream().filter(e -> e.getValue().register() == Register.ADMINISTRATIVE_FILES)
                .map(Map.Entry::getKey)).containsExactly("I38.1", "I38.2", "I39.1", "I52.1", "I52.2");
        assertThat(rules.get("I38.1").kinds()).containsExactly(RegisterRule.DECISION);
        assertThat(rules.get("I38.1").deadline()).as("38.3: the delay announced per file").isNull();
        assertThat(rules.get("I52.1").deadline()).as("52.2").isNull();
        assertThat(rules.get("I38.2").kinds()).containsExactly(RegisterRule.CONTACT);
        assertThat(rules.get("I38.2").deadline()).isEqualTo(10);
        assertThat(rules.get("I38.2").channels()).as("every file").isEmpty();
        assertThat(rules.get("I39.1").channels()).as("39.2: from the téléprocédure").containsExactly("TELEPROCEDURE");
        assertThat(rules.get("I52.2").deadline()).as("52.4").isEqualTo(10);
    }

    @Test
    void meanDelaysAndAnnouncedDelays() {
        Map<String, RegisterRule> rules = rules();
        assertThat(rules.get("I17.2").meanDelay()).isTrue();
        assertThat(rules.get("I17.2").channels()).isEqualTo(Set.of("LETTER"));
        assertThat(rules.get("I17.1").meanDelay()).isFalse();
        assertThat(rules.get("I51.1").deadline()).as("the delay the Préfecture de police announces").isNull();
        assertThat(rules.get("I36.1").kinds()).containsExactly("COLLECTIVITY_REQUEST");
        assertThat(rules.get("I36.1").deadline()).isEqualTo(15);
    }

    @Test
    void module7IndicatorsAreMeasuredOnTheCrisisTimelines() {
        Map<String, CrisisRule> crisis = new TreeMap<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            CrisisRule.of(i.commitment(), i.code(), i.kind(), i.deadlineValue(), i.deadlineUnit())
                    .ifPresent(r -> crisis.put(i.code(), r));
        }
        assertThat(crisis.keySet()).containsExactly("I47.1", "I48.1", "I50.1");
        assertThat(crisis.get("I50.1").hours()).as("the référentiel's one hour").isEqualTo(1);
        assertThat(crisis.get("I48.1").measure()).isEqualTo(CrisisRule.Measure.ELUS_MEAN_DELAY);
    }

    @Test
    void periods() {
        assertThat(Period.QUARTER.startOf(java.time.LocalDate.parse("2020-05-20"))).hasToString("2020-04-01");
        assertThat(Period.QUARTER.endOf(java.time.LocalDate.parse("2020-10-01"))).hasToString("2020-12-31");
        assertThat(Period.MONTH.starts(java.time.LocalDate.parse("2019-12-15"), java.time.LocalDate.parse(
                "2020-02-01"))).hasSize(3);
        assertThat(Period.YEAR.starts(java.time.LocalDate.parse("2019-12-15"), java.time.LocalDate.parse(
                "2020-02-01"))).extracting(Object::toString).containsExactly("2019-01-01", "2020-01-01");
    }
}
