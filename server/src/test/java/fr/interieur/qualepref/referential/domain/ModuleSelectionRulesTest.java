package fr.interieur.qualepref.referential.domain;

import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.CERT_REQUIRES_MODULE_2;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.MODULE_1_MANDATORY;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.MODULE_2_REQUIRES_CERT;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.MODULE_NOT_OPEN_TO_SITE_TYPE;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE;
import static fr.interieur.qualepref.referential.domain.ModuleSelectionRule.UNKNOWN_MODULE;
import static fr.interieur.qualepref.referential.domain.SiteType.PREFECTURE;
import static fr.interieur.qualepref.referential.domain.SiteType.PREFECTURE_DE_POLICE;
import static fr.interieur.qualepref.referential.domain.SiteType.SOUS_PREFECTURE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.testing.ShippedReferential;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chapter II.2 of the référentiel, checked two ways: named cases with the rule each breaks, and every module set for
 * every site type and CERT flag against an oracle written from the II.2 summary table (✓ mandatory, Δ "one business
 * module of your choice", X optional, blank = not open).
 */
class ModuleSelectionRulesTest {

    /** The modules of the 2019 text, written from II.2; {@link #areTheModulesOfTheShippedFile()} checks the data. */
    static final List<ModuleTerms> MODULES_2019 = List.of(
            new ModuleTerms(1, ModuleKind.MANDATORY, false, Set.of(SiteType.values())),
            new ModuleTerms(2, ModuleKind.BUSINESS, true, Set.of(SiteType.values())),
            new ModuleTerms(3, ModuleKind.BUSINESS, false, Set.of(SiteType.values())),
            new ModuleTerms(4, ModuleKind.BUSINESS, false, Set.of(SiteType.values())),
            new ModuleTerms(5, ModuleKind.BUSINESS, false, Set.of(SiteType.values())),
            new ModuleTerms(6, ModuleKind.BUSINESS, false, Set.of(SiteType.values())),
            new ModuleTerms(7, ModuleKind.BUSINESS, false, Set.of(PREFECTURE, PREFECTURE_DE_POLICE)),
            new ModuleTerms(8, ModuleKind.BUSINESS, false, Set.of(PREFECTURE_DE_POLICE)));

    private final ModuleSelectionRules rules = new ModuleSelectionRules(MODULES_2019);

    @ParameterizedTest(name = "{0} cert={1} modules={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PREFECTURE           | true  | 1 2         | ACCEPTED
            PREFECTURE           | true  | 1 2 3 4 5 6 7 | ACCEPTED
            PREFECTURE           | true  | 1 3         | CERT_REQUIRES_MODULE_2
            PREFECTURE           | true  | 2           | MODULE_1_MANDATORY
            PREFECTURE           | false | 1 7         | ACCEPTED
            PREFECTURE           | false | 1           | PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE
            PREFECTURE           | false | 1 2         | MODULE_2_REQUIRES_CERT
            PREFECTURE           | false | 1 8         | MODULE_NOT_OPEN_TO_SITE_TYPE
            PREFECTURE           | false | 1 9         | UNKNOWN_MODULE
            SOUS_PREFECTURE      | true  | 1 2         | ACCEPTED
            SOUS_PREFECTURE      | true  | 1 2 7       | MODULE_NOT_OPEN_TO_SITE_TYPE
            SOUS_PREFECTURE      | false | 1 6         | ACCEPTED
            SOUS_PREFECTURE      | false | 1 3 4 5 6   | ACCEPTED
            SOUS_PREFECTURE      | false | 1 7         | MODULE_NOT_OPEN_TO_SITE_TYPE
            SOUS_PREFECTURE      | false | 1           | SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE
            SOUS_PREFECTURE      | false | 3           | MODULE_1_MANDATORY
            PREFECTURE_DE_POLICE | false | 1 8         | ACCEPTED
            PREFECTURE_DE_POLICE | true  | 1 2 8       | ACCEPTED
            PREFECTURE_DE_POLICE | true  | 1 8         | CERT_REQUIRES_MODULE_2
            """)
    void namesTheBrokenRule(SiteType type, boolean cert, String modules, String expected) {
        List<ModuleSelectionViolation> violations = rules.check(type, cert, set(modules));
        if (expected.equals("ACCEPTED")) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(ModuleSelectionViolation::rule)
                    .contains(ModuleSelectionRule.valueOf(expected));
        }
    }

    @Test
    void areTheModulesOfTheShippedFile() {
        assertThat(ShippedReferential.moduleTerms()).containsExactlyInAnyOrderElementsOf(MODULES_2019);
    }

    @Test
    void refusesModuleTwoWithoutCertInBothLanguages() {
        ModuleSelectionViolation v = rules.check(PREFECTURE, false, Set.of(1, 2, 3)).get(0);
        assertThat(v.rule()).isEqualTo(MODULE_2_REQUIRES_CERT);
        assertThat(v.french()).isEqualTo("le module 2 est réservé aux sites dotés d'un CERT");
        assertThat(v.english()).isEqualTo("module 2 is only for sites with a CERT");
        assertThat(v.rule().reference()).isEqualTo("II.2");
    }

    @Test
    void saysWhichModulesASousPrefectureWithoutCertMayChoose() {
        ModuleSelectionViolation v = rules.check(SOUS_PREFECTURE, false, Set.of(1)).get(0);
        assertThat(v.rule()).isEqualTo(SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE);
        assertThat(v.english()).endsWith("of the business modules 3, 4, 5, 6");
        assertThat(v.french()).endsWith("des modules métier 3, 4, 5, 6");
    }

    @Test
    void anEmptySelectionLacksModuleOne() {
        assertThat(rules.check(SOUS_PREFECTURE, true, Set.of())).extracting(ModuleSelectionViolation::rule)
                .containsExactly(MODULE_1_MANDATORY, CERT_REQUIRES_MODULE_2);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(rules.check(SOUS_PREFECTURE, false, Set.of(2, 7, 42))).extracting(ModuleSelectionViolation::rule)
                .containsExactlyInAnyOrder(UNKNOWN_MODULE, MODULE_1_MANDATORY, MODULE_2_REQUIRES_CERT,
                        MODULE_NOT_OPEN_TO_SITE_TYPE, SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE);
        assertThat(rules.check(PREFECTURE, false, Set.of(1))).extracting(ModuleSelectionViolation::rule)
                .containsExactly(PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE);
    }

    /** One row of the II.2 summary table: ✓ modules, Δ modules (at least one), X modules; the rest is closed. */
    record TableRow(Set<Integer> mandatory, Set<Integer> chooseOne, Set<Integer> optional) {
        boolean accepts(Set<Integer> s) {
            Set<Integer> open = new HashSet<>(mandatory);
            open.addAll(chooseOne);
            open.addAll(optional);
            return s.containsAll(mandatory) && open.containsAll(s)
                    && (chooseOne.isEmpty() || s.stream().anyMatch(chooseOne::contains));
        }
    }

    /**
     * The table of II.2. The Préfecture de police de Paris is read as a préfecture to which module 8 is also open
     * (module 8 is "polices exercées par la PP"); module 8 is closed to the other préfectures.
     */
    static TableRow row(SiteType type, boolean cert) {
        return switch (type) {
            case PREFECTURE -> cert ? new TableRow(Set.of(1, 2), Set.of(), Set.of(3, 4, 5, 6, 7))
                    : new TableRow(Set.of(1), Set.of(3, 4, 5, 6, 7), Set.of());
            case PREFECTURE_DE_POLICE -> cert ? new TableRow(Set.of(1, 2), Set.of(), Set.of(3, 4, 5, 6, 7, 8))
                    : new TableRow(Set.of(1), Set.of(3, 4, 5, 6, 7, 8), Set.of());
            case SOUS_PREFECTURE -> cert ? new TableRow(Set.of(1, 2), Set.of(), Set.of(3, 4, 5, 6))
                    : new TableRow(Set.of(1), Set.of(3, 4, 5, 6), Set.of());
        };
    }

    static Stream<Arguments> everySelection() {
        List<Arguments> all = new ArrayList<>();
        for (SiteType type : SiteType.values()) {
            for (boolean cert : new boolean[] {true, false}) {
                for (int mask = 0; mask < 256; mask++) {
                    int m = mask;
                    Set<Integer> s = IntStream.rangeClosed(1, 8).filter(i -> (m & (1 << (i - 1))) != 0).boxed()
                            .collect(Collectors.toSet());
                    all.add(Arguments.of(type, cert, s));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} cert={1} {2}")
    @MethodSource("everySelection")
    void agreesWithTheSummaryTableForEverySelection(SiteType type, boolean cert, Set<Integer> selection) {
        boolean accepted = rules.check(type, cert, selection).isEmpty();
        assertThat(accepted).as("%s cert=%s %s", type, cert, selection).isEqualTo(row(type, cert).accepts(selection));
    }

    private static Set<Integer> set(String modules) {
        return Arrays.stream(modules.trim().split("\\s+")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
