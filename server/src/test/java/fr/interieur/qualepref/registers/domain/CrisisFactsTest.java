package fr.interieur.qualepref.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A crisis timeline's moments come after time 0, whatever offsets they are written with (module 7). */
class CrisisFactsTest {

    static OffsetDateTime t(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    static CrisisFacts facts(String cod, String cip) {
        return new CrisisFacts("C-1", "Cyclone", t(cod), null, null, null, null, t(cip));
    }

    @Test
    void momentsInOtherOffsetsAreComparedAsInstants() {
        assertThat(facts("2021-03-13T10:00:00+04:00", "2021-03-13T07:01:00+01:00").problems()).isEmpty();
        assertThat(facts("2021-03-13T10:00:00+04:00", "2021-03-13T05:59:00Z").problems())
                .extracting(FieldProblem::field).containsExactly("cipActivatedAt");
    }

    @Test
    void timeZeroIsRequired() {
        assertThat(new CrisisFacts(" ", null, null, null, null, null, null, null).problems())
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("reference", "event", "codActivatedAt");
    }

    @Test
    void aMomentMonthsLaterIsATypo() {
        assertThat(facts("2021-03-13T10:00:00+04:00", "2021-05-13T10:00:00+04:00").problems())
                .extracting(FieldProblem::reason).containsExactly("is more than 31 days after codActivatedAt");
    }
}
