package fr.interieur.qualepref.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void noSiteReportingGivesNullFigures() {
        assertThat(Spread.of(List.of())).isEqualTo(new Spread(0, null, null, null, null));
    }

    @Test
    void oneSiteIsItsOwnMeanMedianAndPercentiles() {
        assertThat(Spread.of(List.of(0.8))).isEqualTo(new Spread(1, 0.8, 0.8, 0.8, 0.8));
    }

    @Test
    void twoSitesInterpolateBetweenTheirValues() {
        Spread s = Spread.of(List.of(1.0, 0.5));
        assertThat(s.sites()).isEqualTo(2);
        assertThat(s.mean()).isCloseTo(0.75, within(1e-12));
        assertThat(s.median()).isCloseTo(0.75, within(1e-12));
        assertThat(s.p10()).isCloseTo(0.55, within(1e-12));
        assertThat(s.p90()).isCloseTo(0.95, within(1e-12));
    }

    @Test
    void elevenSitesHaveTheirTenthAndNinetiethPercentilesOnARank() {
        // ranks 0..10: p10 is rank 1, p90 rank 9, the median rank 5, whatever the input order.
        Spread s = Spread.of(List.of(10.0, 0.0, 9.0, 1.0, 8.0, 2.0, 7.0, 3.0, 6.0, 4.0, 5.0));
        assertThat(s).isEqualTo(new Spread(11, 5.0, 5.0, 1.0, 9.0));
    }

    @Test
    void fiveSitesMatchPostgresqlPercentileCont() {
        // SELECT percentile_cont(0.1) WITHIN GROUP (ORDER BY v) FROM unnest('{2,4,4,5,10}'::float8[]) v → 2.8
        Spread s = Spread.of(List.of(4.0, 2.0, 10.0, 5.0, 4.0));
        assertThat(s.mean()).isCloseTo(5.0, within(1e-12));
        assertThat(s.median()).isCloseTo(4.0, within(1e-12));
        assertThat(s.p10()).isCloseTo(2.8, within(1e-12));
        assertThat(s.p90()).isCloseTo(8.0, within(1e-12));
    }

    @Test
    void periodsAreNamedAsReportsNameThem() {
        assertThat(Period.MONTH.label(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03");
        assertThat(Period.QUARTER.label(LocalDate.of(2026, 4, 1))).isEqualTo("2026-Q2");
        assertThat(Period.QUARTER.label(LocalDate.of(2026, 12, 1))).isEqualTo("2026-Q4");
        assertThat(Period.YEAR.label(LocalDate.of(2026, 1, 1))).isEqualTo("2026");
    }
}
