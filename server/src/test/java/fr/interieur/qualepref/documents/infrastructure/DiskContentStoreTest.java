package fr.interieur.qualepref.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.documents.domain.ContentStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskContentStoreTest {

    @TempDir
    Path root;

    @Test
    void storesBytesUnderTheirSha256Once() throws Exception {
        DiskContentStore store = new DiskContentStore(root);
        byte[] bytes = "Registre des réclamations 2026".getBytes(StandardCharsets.UTF_8);
        ContentStore.StoredFile a = store.keep(store.stage(new ByteArrayInputStream(bytes), 1000));
        ContentStore.StoredFile b = store.keep(store.stage(new ByteArrayInputStream(bytes), 1000));
        assertThat(a.sha256()).isEqualTo(b.sha256()).isEqualTo(sha256(bytes));
        Path file = store.file(a.sha256()).orElseThrow();
        assertThat(file).isEqualTo(root.resolve(a.sha256().substring(0, 2)).resolve(a.sha256().substring(2, 4))
                .resolve(a.sha256()));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("one copy, nothing left in staging")
                    .isEqualTo(1);
        }
    }

    @Test
    void refusesMoreThanTheLimitAndKeepsNothing() throws Exception {
        DiskContentStore store = new DiskContentStore(root);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[1001]), 1000))
                .isInstanceOf(ContentStore.TooLarge.class).hasMessageContaining("1000 bytes");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isZero();
        }
        assertThat(store.stage(new ByteArrayInputStream(new byte[1000]), 1000).size()).isEqualTo(1000);
    }

    @Test
    void aNameThatIsNotAHashFindsNothing() {
        DiskContentStore store = new DiskContentStore(root);
        assertThat(store.file("../../etc/passwd")).isEmpty();
        assertThat(store.file("0".repeat(64))).isEmpty();
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
