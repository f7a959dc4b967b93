package fr.interieur.qualepref.sites.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteCodeTest {

    @ParameterizedTest
    @CsvSource({"13,13", "13-AIX,13", "2A,2A", "2B-CORTE,2B", "974,974", "976-X1,976", "75-PP,75", "01,01", "95,95"})
    void knowsItsDepartment(String code, String department) {
        assertThat(new SiteCode(code).department()).isEqualTo(department);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "00", "20", "96", "977", "970", "13-", "13-aix", "13_AIX", "13-ABCDEFGHIJKLM",
            "2C", "13 ", " 13", "13-AIX-2", "../13", "13;DROP"})
    void refusesWhatIsNotASiteCode(String code) {
        assertThat(SiteCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new SiteCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a site code");
    }
}
