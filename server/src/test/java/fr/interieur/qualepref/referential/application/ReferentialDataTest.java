package fr.interieur.qualepref.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.referential.application.ReferentialDocument.CommitmentEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ItemEntry;
import fr.interieur.qualepref.referential.domain.Channel;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import fr.interieur.qualepref.referential.domain.SiteType;
import fr.interieur.qualepref.referential.infrastructure.YamlReferentialReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped data file against the référentiel text (server/src/referential/source/qualepref-2019.txt): counts,
 * numbering without gaps, and spot checks in every module of titles, item texts and indicator deadlines.
 */
class ReferentialDataTest {

    static ReferentialDocument doc;
    static String source;

    @BeforeAll
    static void load() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("src/main/resources/referential/qualepref-2019.yaml"));
        doc = YamlReferentialReader.read("qualepref-2019.yaml", yaml);
        ReferentialConsistency.check(doc);
        source = normalise(Files.readString(Path.of("src/referential/source/qualepref-2019.txt"),
                StandardCharsets.UTF_8));
    }

    /** The source without HTML tags, entities decoded and whitespace collapsed, so texts can be compared. */
    static String normalise(String text) {
        return text.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("➤", " ")
                .replaceAll("\\s+", " ");
    }

    static CommitmentEntry commitment(int number) {
        return doc.commitments().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    static String item(String number) {
        int commitment = Integer.parseInt(number.substring(0, number.indexOf('.')));
        return commitment(commitment).items().stream().filter(i -> i.number().equals(number))
                .map(ItemEntry::text).findFirst().orElseThrow();
    }

    static IndicatorEntry indicator(String code) {
        return doc.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void isThe2019TextUpdatedInFebruary2019() {
        assertThat(doc.version()).isEqualTo("2019");
        assertThat(doc.title()).isEqualTo("Qual-e-pref");
        assertThat(doc.publishedOn()).hasToString("2018-12-19");
        assertThat(doc.updatedOn()).hasToString("2019-02-04");
        assertThat(source).contains("19 décembre 2018", "mis à jour le 4 fév. 2019");
    }

    @Test
    void hasEightModulesWithModuleOneMandatory() {
        assertThat(doc.modules()).extracting(ReferentialDocument.ModuleEntry::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(doc.modules()).filteredOn(m -> m.kind() == ModuleKind.MANDATORY)
                .extracting(ReferentialDocument.ModuleEntry::number).containsExactly(1);
        assertThat(doc.modules().get(1).certOnly()).isTrue();
        assertThat(doc.modules().get(6).appliesTo()).doesNotContain(SiteType.SOUS_PREFECTURE);
        assertThat(doc.modules().get(7).appliesTo()).containsExactly(SiteType.PREFECTURE_DE_POLICE);
        assertThat(doc.modules().get(3).title()).isEqualTo("Relations avec les collectivités territoriales");
    }

    @Test
    void hasFiftyFourCommitmentsNumberedWithoutGapsInModuleOrder() {
        assertThat(doc.commitments()).extracting(CommitmentEntry::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 54).boxed().toList());
        Map<Integer, Long> perModule = doc.commitments().stream()
                .collect(Collectors.groupingBy(CommitmentEntry::module, Collectors.counting()));
        assertThat(perModule).containsExactlyInAnyOrderEntriesOf(
                Map.of(1, 20L, 2, 3L, 3, 10L, 4, 4L, 5, 3L, 6, 6L, 7, 4L, 8, 4L));
    }

    @Test
    void numbersTheItemsOfEveryCommitmentWithoutGaps() {
        for (CommitmentEntry c : doc.commitments()) {
            List<String> expected = IntStream.rangeClosed(1, c.items().size()).mapToObj(i -> c.number() + "." + i)
                    .toList();
            assertThat(c.items()).as("items of commitment %d", c.number()).isNotEmpty()
                    .extracting(ItemEntry::number).containsExactlyElementsOf(expected);
        }
        assertThat(doc.commitments().stream().mapToInt(c -> c.items().size()).sum()).isEqualTo(154);
    }

    @Test
    void marksOnlyCommitment46Optional() {
        assertThat(doc.commitments()).filteredOn(CommitmentEntry::optional).extracting(CommitmentEntry::number)
                .containsExactly(46);
    }

    @Test
    void everyCommitmentTitleAndItemOpeningIsInTheText() {
        for (CommitmentEntry c : doc.commitments()) {
            assertThat(source).as("title of %d", c.number()).contains(c.title().substring(0,
                    Math.min(40, c.title().length())));
            for (ItemEntry i : c.items()) {
                String first = i.text().lines().findFirst().orElseThrow().replaceFirst("^- ", "");
                assertThat(source).as("item %s", i.number()).contains(first.substring(0, Math.min(50,
                        first.length())));
            }
            assertThat(c.controlMethods()).as("control methods of %d", c.number()).isNotEmpty();
        }
    }

    @Test
    void spotChecksModuleOne() {
        assertThat(commitment(1).section()).isEqualTo("Dispositions générales");
        assertThat(commitment(1).title())
                .isEqualTo("Nous vous informons sur les conditions de fonctionnement de nos services");
        assertThat(item("1.2")).startsWith("Ces informations sont vérifiées trimestriellement sauf cas de force "
                + "majeure.").contains("au plus tard 72h avant son entrée en vigueur (week-ends et jours fériés "
                + "exclus)");
        assertThat(commitment(17).section()).isEqualTo("Courriers et courriels");
        assertThat(item("17.2")).contains("dans un délai maximum de 5 jours ouvrés");
        assertThat(item("17.3")).startsWith("Un accusé de réception électronique est adressé à l'utilisateur");
        assertThat(commitment(20).section()).isEqualTo("Réseaux sociaux");
        assertThat(item("20.3")).startsWith("Nous évaluons notre stratégie éditoriale au moins une fois par an");
    }

    @Test
    void spotChecksModulesTwoToFour() {
        assertThat(commitment(21).module()).isEqualTo(2);
        assertThat(commitment(24).module()).isEqualTo(3);
        assertThat(commitment(36).title()).isEqualTo("Nous vous répondons dans un délai annoncé et maîtrisé");
        assertThat(item("36.1")).startsWith("Nous nous engageons à répondre à vos courriers de demande "
                + "d'information ou de conseil sous 15 jours ouvrés");
        assertThat(commitment(37).title())
                .isEqualTo("Un RDV est proposé pour tout élu ou cadre territorial qui en fait la demande");
        assertThat(item("37.1")).startsWith("Dans un délai de 4 jours ouvrés à réception de la demande, une date "
                + "de rendez-vous est proposée à l'élu ou au cadre territorial dans les 10 jours ouvrés");
    }

    @Test
    void spotChecksModulesFiveToEight() {
        assertThat(commitment(38).module()).isEqualTo(5);
        assertThat(commitment(46).title()).startsWith("Localement, une coordination des principaux acteurs de la "
                + "politique de la ville");
        assertThat(commitment(47).title()).isEqualTo("L'activation en moins d'une heure de la cellule de "
                + "communication d'urgence opérationnelle 7/7j – 24/24h");
        assertThat(item("51.2")).startsWith("Nous mettons à jour ces informations au plus tard dans les 3 jours "
                + "ouvrés qui suivent la demande interne de modification.");
        assertThat(item("54.3")).isEqualTo("A la prise de ligne, nous annonçons la formule d'accueil suivante : "
                + "« nom du service, bonjour ».");
    }

    @Test
    void encodesTheIndicatorDeadlinesOfTheText() {
        IndicatorEntry i17 = indicator("I17.1");
        assertThat(i17.commitment()).isEqualTo(17);
        assertThat(i17.label()).isEqualTo("Taux de réponses aux courriels de demande d'informations dans le délai de "
                + "5 jours ouvrés");
        assertThat(List.<Object>of(i17.kind(), i17.deadlineValue(), i17.deadlineUnit(), i17.channel()))
                .containsExactly(IndicatorKind.RATE_WITHIN_DEADLINE, 5, DeadlineUnit.WORKING_DAYS, Channel.EMAIL);
        assertThat(indicator("I36.1").deadlineValue()).isEqualTo(15);
        assertThat(indicator("I36.1").channel()).isEqualTo(Channel.LETTER);
        assertThat(indicator("I37.1").deadlineValue()).isEqualTo(4);
        assertThat(indicator("I37.2").deadlineValue()).isEqualTo(10);
        assertThat(indicator("I50.1").deadlineUnit()).isEqualTo(DeadlineUnit.CLOCK_HOURS);
        assertThat(indicator("I48.1").deadlineUnit()).isEqualTo(DeadlineUnit.CLOCK_HOURS);
        assertThat(indicator("I22.1").kind()).isEqualTo(IndicatorKind.IMPORTED_VALUE);
        assertThat(indicator("I22.1").source()).isEqualTo("Indigo");
        assertThat(indicator("I52.1").deadlineUnit()).isEqualTo(DeadlineUnit.LOCALLY_ANNOUNCED);
        for (IndicatorEntry i : doc.indicators()) {
            assertThat(source).as("label of %s", i.code()).contains(i.label());
        }
    }

    @Test
    void splitsThe2020ChangeOfCommitment3IntoDatedRules() {
        assertThat(List.<Object>of(indicator("I3.1").deadlineValue(), indicator("I3.1").validUntil()))
                .containsExactly(15, 2019);
        assertThat(indicator("I3.1").channel()).isNull();
        assertThat(List.<Object>of(indicator("I3.2").deadlineValue(), indicator("I3.2").channel(),
                indicator("I3.2").validFrom())).containsExactly(5, Channel.ELECTRONIC, 2020);
        assertThat(List.<Object>of(indicator("I3.3").deadlineValue(), indicator("I3.3").channel()))
                .containsExactly(10, Channel.LETTER);
        assertThat(List.<Object>of(indicator("I3.4").deadlineValue(), indicator("I3.4").channel()))
                .containsExactly(10, Channel.SUGGESTION_BOX);
    }

    @Test
    void hasTheEightOrganisationalRequirementsOfChaptersFourAndFive() {
        assertThat(doc.requirements()).extracting(ReferentialDocument.RequirementEntry::code)
                .containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "V.1", "V.2", "V.3");
        assertThat(doc.requirements()).extracting(ReferentialDocument.RequirementEntry::title)
                .startsWith("Responsabilités", "Organisation documentaire", "Formation du personnel",
                        "Implication des collaborateurs", "Comité des usagers", "Bilans annuels");
        assertThat(doc.requirements().get(4).text()).contains("- d'associations de consommateurs,",
                "- des collectivités territoriales,");
    }

    @Test
    void hasTheGlossary() {
        assertThat(doc.glossary()).extracting(ReferentialDocument.GlossaryEntry::term).contains("CERT", "SVI - Serveur vocal interactif", "Réclamations");
        assertThat(doc.glossary()).filteredOn(g -> g.term().equals("CERT"))
                .extracting(ReferentialDocument.GlossaryEntry::definition)
                .containsExactly("Centre d'expertise et de ressource titres");
    }
}
