package fr.interieur.qualepref.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.documents.domain.DocumentaryReadinessChecks.Facts;
import fr.interieur.qualepref.governance.domain.CheckStatus;
import fr.interieur.qualepref.governance.domain.ReadinessCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentaryReadinessChecksTest {

    static final LocalDate TODAY = LocalDate.parse("2027-01-01");

    static Map<String, ReadinessCheck> checks(List<Facts> documents) {
        return DocumentaryReadinessChecks.evaluate(documents, TODAY).stream()
                .collect(Collectors.toMap(ReadinessCheck::code, c -> c));
    }

    @Test
    void anEmptyDocumentarySystemMissesEveryCheckButTheReviews() {
        Map<String, ReadinessCheck> checks = checks(List.of());

        assertThat(checks.get("DOCUMENTARY_SYSTEM").status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(checks.get("DOCUMENTARY_SYSTEM").reasons()).hasSize(2);
        assertThat(checks.get("TEMPLATE_REPLIES").status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(checks.get("DOCUMENTS_REVIEWED").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.values()).allMatch(c -> c.reference().equals("IV.2"));
    }

    @Test
    void aReferenceDocumentPastItsReviewDateIsNamedAndTheDayItselfIsStillOnTime() {
        Map<String, ReadinessCheck> checks = checks(List.of(
                new Facts(DocumentKind.REFERENCE, "Procédure courrier", LocalDate.parse("2026-12-31")),
                new Facts(DocumentKind.REFERENCE, "Guide de l'accueil", TODAY),
                new Facts(DocumentKind.RECORD, "Registre", LocalDate.parse("2020-01-01")),
                new Facts(DocumentKind.TEMPLATE_REPLY, "Réponse type", null)));

        assertThat(checks.get("DOCUMENTARY_SYSTEM").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.get("TEMPLATE_REPLIES").status()).isEqualTo(CheckStatus.MET);
        assertThat(checks.get("DOCUMENTS_REVIEWED").status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(checks.get("DOCUMENTS_REVIEWED").reasons())
                .containsExactly("'Procédure courrier' was due for review on 2026-12-31");
    }
}
