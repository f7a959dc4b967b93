package fr.interieur.qualepref.sites.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import fr.interieur.qualepref.referential.domain.ModuleTerms;
import fr.interieur.qualepref.referential.domain.SiteType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** II.2 "Qui est concerné ?": who must engage, and what a site that stays out may take. */
class EngagementRulesTest {

    static final List<ModuleTerms> MODULES = List.of(
            new ModuleTerms(1, ModuleKind.MANDATORY, false, Set.of(SiteType.values())),
            new ModuleTerms(2, ModuleKind.BUSINESS, true, Set.of(SiteType.values())),
            new ModuleTerms(3, ModuleKind.BUSINESS, false, Set.of(SiteType.values())),
            new ModuleTerms(7, ModuleKind.BUSINESS, false, Set.of(SiteType.PREFECTURE, SiteType.PREFECTURE_DE_POLICE)));

    @ParameterizedTest(name = "{0} cert={1} engaged={2} modules={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SOUS_PREFECTURE      | false | false | -     | ACCEPTED
            SOUS_PREFECTURE      | false | false | 1 3   | NOT_ENGAGED_TAKES_NO_MODULE
            SOUS_PREFECTURE      | true  | false | -     | ENGAGEMENT_MANDATORY
            PREFECTURE           | false | false | -     | ENGAGEMENT_MANDATORY
            PREFECTURE_DE_POLICE | false | false | -     | ENGAGEMENT_MANDATORY
            SOUS_PREFECTURE      | false | true  | 1 3   | ACCEPTED
            SOUS_PREFECTURE      | false | true  | 1     | SOUS_PREFECTURE_WITHOUT_CERT_NEEDS_BUSINESS_MODULE
            PREFECTURE           | true  | true  | 1 3   | CERT_REQUIRES_MODULE_2
            PREFECTURE           | true  | true  | 1 2 7 | ACCEPTED
            """)
    void appliesTheEngagementRules(SiteType type, boolean cert, boolean engaged, String modules, String expected) {
        Set<Integer> selection = modules.equals("-") ? Set.of()
                : Set.of(modules.trim().split("\\s+")).stream().map(Integer::valueOf).collect(
                        java.util.stream.Collectors.toSet());
        List<Broken> broken = EngagementRules.check(type, cert, engaged, selection, MODULES);
        if (expected.equals("ACCEPTED")) {
            assertThat(broken).isEmpty();
        } else {
            assertThat(broken).extracting(Broken::rule).contains(expected);
            assertThat(broken).allSatisfy(b -> {
                assertThat(b.reference()).isEqualTo("II.2");
                assertThat(b.french()).isNotBlank();
                assertThat(b.english()).isNotBlank();
            });
        }
    }
}
