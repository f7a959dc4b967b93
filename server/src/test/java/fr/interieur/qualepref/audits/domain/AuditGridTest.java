package fr.interieur.qualepref.audits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.audits.domain.AuditGrid.CommitmentSource;
import fr.interieur.qualepref.audits.domain.AuditGrid.RequirementSource;
import fr.interieur.qualepref.referential.application.ReferentialDocument;
import fr.interieur.qualepref.testing.ShippedReferential;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The grid for each kind of site, on the shipped 2019 référentiel: per-module counts of commitments (20, 3, 10, 4, 3,
 * 6, 4, 4), the items of each, and the 8 organisational requirements IV.1–5 and V.1–3.
 */
class AuditGridTest {

    static final ReferentialDocument REFERENTIAL = ShippedReferential.document();
    static final List<CommitmentSource> COMMITMENTS = REFERENTIAL.commitments().stream()
            .map(c -> new CommitmentSource(c.number(), c.module(), c.title(),
                    c.items().stream().map(i -> new AuditGrid.Item(i.number(), i.text())).toList(),
                    c.controlMethods()))
            .toList();
    static final List<RequirementSource> REQUIREMENTS = REFERENTIAL.requirements().stream()
            .map(r -> new RequirementSource(r.code(), r.title(), r.controlMethods())).toList();

    static List<GridLine> grid(Set<Integer> modules, Map<Integer, String> exclusions) {
        return AuditGrid.generate(modules, COMMITMENTS, REQUIREMENTS, exclusions);
    }

    static List<String> commitments(List<GridLine> grid) {
        return grid.stream().filter(l -> l.kind() == GridLine.Kind.COMMITMENT).map(GridLine::reference).toList();
    }

    static long items(Set<Integer> modules) {
        return COMMITMENTS.stream().filter(c -> modules.contains(c.module())).mapToLong(c -> c.items().size()).sum();
    }

    @Test
    void aPrefectureWithACertHasModulesOneTwoThreeFourFiveSeven() {
        Set<Integer> modules = Set.of(1, 2, 3, 4, 5, 7);
        List<GridLine> grid = grid(modules, Map.of());

        assertThat(commitments(grid)).hasSize(20 + 3 + 10 + 4 + 3 + 4).startsWith("1", "2", "3").contains("21", "47")
                .doesNotContain("41", "51");
        assertThat(grid.stream().filter(l -> l.kind() == GridLine.Kind.ITEM)).hasSize((int) items(modules));
        assertThat(grid).filteredOn(l -> l.kind() == GridLine.Kind.REQUIREMENT).extracting(GridLine::reference)
                .containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "V.1", "V.2", "V.3");
        assertThat(grid).allMatch(l -> l.verdict() == Verdict.NON_EVALUE);
        assertThat(grid).extracting(GridLine::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, grid.size()).boxed().toList());
    }

    @Test
    void eachCommitmentIsFollowedByItsItemsWithItsControlMethods() {
        List<GridLine> grid = grid(Set.of(1), Map.of());
        int at = grid.stream().map(GridLine::reference).toList().indexOf("17");

        assertThat(grid.get(at).controlMethods()).isNotBlank();
        assertThat(grid.get(at + 1).reference()).isEqualTo("17.1");
        assertThat(grid.get(at + 2).reference()).isEqualTo("17.2");
        assertThat(grid.get(at + 1).module()).isEqualTo(1);
    }

    @Test
    void aPrefectureWithoutCertAndThePrefectureDePoliceGetTheirModulesOnly() {
        assertThat(commitments(grid(Set.of(1, 3, 4, 5, 7), Map.of()))).hasSize(20 + 10 + 4 + 3 + 4)
                .doesNotContain("21", "22", "23");
        List<String> pp = commitments(grid(Set.of(1, 3, 7, 8), Map.of()));
        assertThat(pp).hasSize(20 + 10 + 4 + 4);
        assertThat(pp.subList(pp.size() - 4, pp.size())).containsExactly("51", "52", "53", "54");
    }

    @Test
    void aSousPrefecturesExclusionsAreNotApplicableWithTheirJustification() {
        List<GridLine> grid = grid(Set.of(1, 4), Map.of(36, "Pas de mission collectivités ici"));

        assertThat(grid).filteredOn(l -> l.reference().equals("36") || l.reference().startsWith("36."))
                .isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.verdict()).isEqualTo(Verdict.NON_APPLICABLE);
                    assertThat(l.notApplicableWhy()).isEqualTo("Pas de mission collectivités ici");
                });
        assertThat(grid).filteredOn(l -> l.reference().equals("37")).allMatch(l -> l.verdict() == Verdict.NON_EVALUE);
    }
}
