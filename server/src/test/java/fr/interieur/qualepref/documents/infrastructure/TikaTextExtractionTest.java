package fr.interieur.qualepref.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.documents.domain.ExtractedText;
import fr.interieur.qualepref.documents.domain.Extraction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTextExtractionTest {

    static final TikaTextExtraction TIKA = new TikaTextExtraction(10_000, 10_000);

    @TempDir
    Path dir;

    ExtractedText read(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return TIKA.extract(f, TIKA.detect(f));
    }

    @Test
    void readsEachAcceptedFormatByItsBytesNotItsName() throws IOException {
        ExtractedText pdf = read("not-a-pdf.txt", Samples.pdf("Registre des reclamations 17.2", false));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.status()).isEqualTo(Extraction.OK);
        assertThat(pdf.text()).contains("Registre des reclamations 17.2");
        ExtractedText docx = read("a.bin", Samples.docx("Procédure d'accueil des usagers"));
        assertThat(docx.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.text()).contains("Procédure d'accueil des usagers");
        ExtractedText odt = read("b", Samples.odt("Réponse type aux courriels"));
        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.text()).contains("Réponse type aux courriels");
        ExtractedText rtf = read("c.pdf", Samples.rtf("Compte rendu du comite des usagers"));
        assertThat(rtf.mediaType()).isEqualTo("application/rtf");
        assertThat(rtf.text()).contains("Compte rendu du comite des usagers");
        ExtractedText html = read("d", "<html><body><p>Horaires d'ouverture</p><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(html.mediaType()).isEqualTo("text/html");
        assertThat(html.text()).contains("Horaires d'ouverture").doesNotContain("x()");
        ExtractedText text = read("e.docx", "Délai de réponse : 5 jours ouvrés".getBytes(StandardCharsets.UTF_8));
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.text()).isEqualTo("Délai de réponse : 5 jours ouvrés");
    }

    @Test
    void anEncryptedPdfIsFlaggedNotLost() throws IOException {
        ExtractedText e = read("secret.pdf", Samples.pdf("Confidentiel", true));
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isEqualTo(Extraction.ENCRYPTED);
        assertThat(e.text()).isEmpty();
    }

    @Test
    void aCorruptPdfIsFlagged() throws IOException {
        ExtractedText e = read("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isIn(Extraction.CORRUPT, Extraction.NO_TEXT);
    }

    @Test
    void anArchiveIsDetectedAndNeverOpened() throws IOException {
        Path f = dir.resolve("rapport.pdf");
        Files.write(f, Samples.zip());
        assertThat(TIKA.detect(f)).isEqualTo("application/zip");
        assertThat(TIKA.extract(f, "application/zip").status()).isEqualTo(Extraction.NO_TEXT);
    }

    @Test
    void longTextIsTruncatedAtTheLimit() throws IOException {
        ExtractedText e = read("long.txt", "usager ".repeat(5000).getBytes(StandardCharsets.UTF_8));
        assertThat(e.status()).isEqualTo(Extraction.TRUNCATED);
        assertThat(e.text().length()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void slowExtractionStopsAtTheDeadline() throws IOException {
        TikaTextExtraction impatient = new TikaTextExtraction(1, 10_000);
        Path f = dir.resolve("big.txt");
        Files.write(f, "réclamation ".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        assertThat(impatient.extract(f, "text/plain").status()).isIn(Extraction.TIMEOUT);
    }
}
