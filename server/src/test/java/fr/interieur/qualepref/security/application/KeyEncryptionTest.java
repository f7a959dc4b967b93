package fr.interieur.qualepref.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Private signing keys are sealed under the key-encryption key, bound to their kid. */
class KeyEncryptionTest {

    static final String KEK = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @Test
    void decryptsWhatItEncrypted() {
        KeyEncryption kek = KeyEncryption.fromBase64(KEK);
        String sealed = kek.encrypt(new byte[] {1, 2, 3}, "kid-a");
        assertThat(kek.decrypt(sealed, "kid-a")).containsExactly(1, 2, 3);
    }

    @Test
    void refusesACiphertextMovedToAnotherKid() {
        KeyEncryption kek = KeyEncryption.fromBase64(KEK);
        String sealed = kek.encrypt(new byte[] {1, 2, 3}, "kid-a");
        assertThatThrownBy(() -> kek.decrypt(sealed, "kid-b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnotherKeyEncryptionKey() {
        String sealed = KeyEncryption.fromBase64(KEK).encrypt(new byte[] {1, 2, 3}, "kid-a");
        String other = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> KeyEncryption.fromBase64(other).decrypt(sealed, "kid-a"))
                .hasMessageContaining("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY");
    }

    @Test
    void refusesAKeyThatIsNot32Bytes() {
        assertThatThrownBy(() -> KeyEncryption.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyEncryption.fromBase64("not base64 !")).hasMessageContaining("base64");
    }
}
