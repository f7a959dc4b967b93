package fr.interieur.qualepref.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceReferenceTest {

    @Test
    void readsCommitmentsItemsAndDispositionsOfChaptersFourAndFive() {
        assertThat(EvidenceReference.parse("17").commitment()).hasValue(17);
        assertThat(EvidenceReference.parse(" 17.2 ").code()).isEqualTo("17.2");
        assertThat(EvidenceReference.parse("17.2").commitment()).hasValue(17);
        assertThat(EvidenceReference.parse("17.2").isItem()).isTrue();
        assertThat(EvidenceReference.parse("iv.5").code()).isEqualTo("IV.5");
        assertThat(EvidenceReference.parse("IV.5").commitment()).isEmpty();
        assertThat(EvidenceReference.parse("V.1").isDisposition()).isTrue();
    }

    @Test
    void refusesWhatIsNotAReference() {
        for (String bad : List.of("", "0", "17.", "17.0", "III.2", "IV", "17-2", "../etc", "1234")) {
            assertThatThrownBy(() -> EvidenceReference.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a référentiel reference");
        }
    }

    @Test
    void listsAreDeduplicatedInOrder() {
        assertThat(EvidenceReference.parseList("17.2, IV.5;17.2 3")).extracting(EvidenceReference::code)
                .containsExactly("17.2", "IV.5", "3");
        assertThat(EvidenceReference.join(EvidenceReference.parseList("1 2.1"))).isEqualTo("1 2.1");
    }

    @Test
    void reviewIsDueWhenTheDatePassedOrFallsWithinTheWindow() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(doc(today.minusDays(1)).reviewDue(today, 0)).isTrue();
        assertThat(doc(today).reviewDue(today, 0)).isTrue();
        assertThat(doc(today.plusDays(30)).reviewDue(today, 30)).isTrue();
        assertThat(doc(today.plusDays(31)).reviewDue(today, 30)).isFalse();
        assertThat(doc(null).reviewDue(today, 3650)).isFalse();
    }

    @Test
    void metadataRefusesAnInvertedPeriodAndAMissingTitle() {
        assertThatThrownBy(() -> new DocumentMetadata(DocumentKind.RECORD, "x", List.of(), null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, null, null, null))
                .hasMessageContaining("periodStart");
        assertThatThrownBy(() -> new DocumentMetadata(DocumentKind.RECORD, "  ", List.of(), null, null, null, null,
                null, null, null)).hasMessageContaining("title");
        assertThatThrownBy(() -> new DocumentMetadata(null, "t", List.of(), null, null, null, null, null, null,
                null)).hasMessageContaining("kind");
        assertThat(new DocumentMetadata(DocumentKind.RECORD, " t ", null, null, null, null, null, " ", null, " ")
                .confidentiality()).isEqualTo(Confidentiality.INTERNAL);
    }

    @Test
    void fileNamesAreShownNeverUsedAsPaths() {
        assertThat(UploadedFile.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFile.displayName("C:\\Users\\agent\\procédure accueil.pdf"))
                .isEqualTo("procédure accueil.pdf");
        assertThat(UploadedFile.displayName("a\"b\r\nc.txt")).isEqualTo("abc.txt");
        assertThat(UploadedFile.displayName("..")).isEqualTo("document");
        assertThat(UploadedFile.displayName(null)).isEqualTo("document");
        assertThat(UploadedFile.displayName("x".repeat(300))).hasSize(255);
    }

    @Test
    void archivesAndProgramsAreRefusedWithTheReason() {
        assertThat(AcceptedTypes.refusal("application/pdf")).isEmpty();
        assertThat(AcceptedTypes.refusal("application/zip")).get().asString().contains("archives are not expanded");
        assertThat(AcceptedTypes.refusal("application/x-msdownload")).get().asString().contains("not accepted");
    }

    private static Document doc(LocalDate review) {
        return new Document(new DocumentMetadata(DocumentKind.REFERENCE, "Procédure", List.of(), null, null, null,
                review, null, null, null), "", "agent", java.time.OffsetDateTime.now());
    }
}
