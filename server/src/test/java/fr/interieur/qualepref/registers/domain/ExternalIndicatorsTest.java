package fr.interieur.qualepref.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.indicators.domain.CrisisRule;
import fr.interieur.qualepref.indicators.domain.RegisterRule;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.testing.ShippedReferential;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every chapter VI indicator of the shipped référentiel is fed by exactly one register. */
class ExternalIndicatorsTest {

    static List<String> sources(IndicatorEntry i) {
        List<String> fed = new ArrayList<>();
        RegisterRule.of(i.commitment(), i.code(), i.kind(), i.deadlineValue(), i.deadlineUnit(), i.channel(),
                i.validFrom(), i.validUntil()).ifPresent(r -> fed.add(r.register().name()));
        CrisisRule.of(i.commitment(), i.code(), i.kind(), i.deadlineValue(), i.deadlineUnit())
                .ifPresent(r -> fed.add("CRISES"));
        if (ExternalIndicators.imported(i.commitment(), i.kind(), i.deadlineUnit())) {
            fed.add("IMPORTED_VALUES");
        }
        if (i.kind() == IndicatorKind.SATISFACTION_RATE) {
            fed.add("SURVEYS");
        }
        return fed;
    }

    @Test
    void everyIndicatorHasExactlyOneSource() {
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            assertThat(sources(i)).as(i.code()).hasSize(1);
        }
    }

    @Test
    void importedValuesAreTheIndigoFiguresTheDeliveryDelaysAndTheCountsNoRegisterKeeps() {
        TreeSet<String> imported = new TreeSet<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            if (sources(i).contains("IMPORTED_VALUES")) {
                imported.add(i.code());
            }
        }
        assertThat(imported).containsExactly("I10.2", "I11.1", "I14.1", "I14.2", "I14.3", "I15.1", "I19.1", "I22.1",
                "I22.2", "I22.3", "I23.1", "I23.2", "I23.3", "I32.1", "I32.2", "I33.1", "I41.1", "I44.1", "I49.1",
                "I53.3");
    }

    @Test
    void surveysFeedEverySatisfactionRate() {
        TreeSet<String> surveyed = new TreeSet<>();
        for (IndicatorEntry i : ShippedReferential.document().indicators()) {
            if (sources(i).contains("SURVEYS")) {
                surveyed.add(i.code());
            }
        }
        assertThat(surveyed).containsExactly("I10.1", "I15.2", "I2.1", "I3.6", "I5.1", "I51.3", "I53.1", "I53.2",
                "I54.1", "I6.1", "I7.1", "I8.1");
    }
}
