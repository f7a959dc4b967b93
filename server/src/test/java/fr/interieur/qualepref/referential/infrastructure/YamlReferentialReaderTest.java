package fr.interieur.qualepref.referential.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.referential.application.ReferentialConsistency;
import fr.interieur.qualepref.referential.application.ReferentialDocument;
import fr.interieur.qualepref.referential.application.ReferentialFormatException;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A malformed or inconsistent référentiel file is refused with the file, the line and the field at fault. */
class YamlReferentialReaderTest {

    static final String VALID = """
            version: "t1"
            title: Test
            publishedOn: 2020-01-02
            modules:
            - number: 1
              title: Relation
              kind: MANDATORY
              appliesTo: [PREFECTURE]
            - number: 2
              title: Titres
              kind: BUSINESS
              certOnly: true
              appliesTo: [PREFECTURE, SOUS_PREFECTURE]
            commitments:
            - number: 1
              module: 1
              section: null
              title: Informer
              intro: null
              items:
              - number: "1.1"
                text: Texte 1.1
              - number: "1.2"
                text: Texte 1.2
              controlMethods: [Vérification]
            - number: 2
              module: 2
              section: Guichet
              title: Accueillir
              intro: null
              items:
              - number: "2.1"
                text: Texte 2.1
              controlMethods: []
            requirements:
            - code: IV.1
              chapter: IV
              number: 1
              title: Responsabilités
              text: Texte
              controlMethods: [Organigramme]
            indicators:
            - code: I1.1
              commitment: 1
              label: Taux dans le délai de 3 jours ouvrés
              kind: RATE_WITHIN_DEADLINE
              deadline: {value: 3, unit: WORKING_DAYS}
            glossary:
            - term: CERT
              definition: Centre d'expertise et de ressource titres
            """;

    static ReferentialDocument read(String yaml) {
        ReferentialDocument doc = YamlReferentialReader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        ReferentialConsistency.check(doc);
        return doc;
    }

    static void assertRefused(ThrowingCallable call, int line, String field, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReferentialFormatException.class, e -> {
            assertThat(e.file()).isEqualTo("test.yaml");
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            assertThat(e.getMessage()).contains(problem).startsWith("test.yaml, line " + line + ", field " + field);
        });
    }

    @Test
    void readsAValidFile() {
        ReferentialDocument doc = read(VALID);
        assertThat(doc.version()).isEqualTo("t1");
        assertThat(doc.modules()).hasSize(2);
        assertThat(doc.commitments().get(0).items()).extracting(ReferentialDocument.ItemEntry::number)
                .containsExactly("1.1", "1.2");
        assertThat(doc.indicators().get(0).kind()).isEqualTo(IndicatorKind.RATE_WITHIN_DEADLINE);
        assertThat(doc.indicators().get(0).deadlineUnit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
        assertThat(doc.sha256()).hasSize(64);
    }

    @Test
    void refusesADuplicateCommitmentNumber() {
        assertRefused(() -> read(VALID.replace("- number: 2\n  module: 2", "- number: 1\n  module: 2")),
                26, "commitments[1].number", "duplicate commitment number 1");
    }

    @Test
    void refusesAnItemOutsideItsCommitment() {
        assertRefused(() -> read(VALID.replace("number: \"2.1\"", "number: \"3.1\"")),
                32, "commitments[1].items[0].number", "item 3.1 is outside its commitment 2");
    }

    @Test
    void refusesAnIndicatorPointingAtAMissingCommitment() {
        assertRefused(() -> read(VALID.replace("  commitment: 1\n", "  commitment: 99\n")),
                43, "indicators[0].commitment", "points at commitment 99, which does not exist");
    }

    @Test
    void refusesAnUnknownKind() {
        assertRefused(() -> read(VALID.replace("kind: RATE_WITHIN_DEADLINE", "kind: PERCENTAGE")),
                46, "indicators[0].kind", "unknown IndicatorKind 'PERCENTAGE'");
    }

    @Test
    void refusesARateWithoutDeadline() {
        assertRefused(() -> read(VALID.replace("  deadline: {value: 3, unit: WORKING_DAYS}\n", "")),
                43, "indicators[0].deadline", "needs a deadline");
    }

    @Test
    void refusesAnUnknownField() {
        assertRefused(() -> read(VALID.replace("  title: Informer", "  titel: Informer")),
                18, "commitments[0].titel", "unknown field");
    }

    @Test
    void refusesAMissingField() {
        assertRefused(() -> read(VALID.replace("  title: Accueillir\n", "")),
                26, "commitments[1].title", "missing required field");
    }

    @Test
    void refusesAWrongType() {
        assertRefused(() -> read(VALID.replace("- number: 2\n  module: 2", "- number: deux\n  module: 2")),
                26, "commitments[1].number", "expected a whole number, found 'deux'");
    }

    @Test
    void refusesAModuleMissingFromTheFile() {
        assertRefused(() -> read(VALID.replace("  module: 2\n", "  module: 5\n")),
                26, "commitments[1].module", "module 5, which does not exist");
    }

    @Test
    void refusesBrokenYamlSyntaxWithItsLine() {
        assertRefused(() -> read(VALID.replace("title: Test", "title: [Test")), 3, "(syntax)", "");
    }

    @Test
    void refusesADuplicateKey() {
        assertRefused(() -> read(VALID.replace("title: Test\n", "title: Test\ntitle: Again\n")),
                3, "title", "duplicate field");
    }

    @Test
    void refusesTagsThatWouldInstantiateClasses() {
        String hostile = VALID.replace("title: Test", "title: !!javax.script.ScriptEngineManager [x]");
        assertThatThrownBy(() -> read(hostile)).isInstanceOf(ReferentialFormatException.class);
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = VALID.replace("Vérification", "V\u00e9rification").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> YamlReferentialReader.read("test.yaml", latin1))
                .isInstanceOf(ReferentialFormatException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> read(""), 1, "(document)", "the file is empty");
    }
}
