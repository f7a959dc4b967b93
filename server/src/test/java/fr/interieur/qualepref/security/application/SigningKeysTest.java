package fr.interieur.qualepref.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instance without a usable key-encryption key says why, so readiness can report it, rather than inventing one. */
class SigningKeysTest {

    static SigningKeys withKek(Optional<String> kek) {
        SigningKeys keys = new SigningKeys();
        keys.keyEncryptionKey = kek;
        return keys;
    }

    @Test
    void namesTheMissingSetting() {
        assertThat(withKek(Optional.empty()).problem()).hasValueSatisfying(p ->
                assertThat(p).contains("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY"));
        assertThat(withKek(Optional.of("  ")).problem()).isPresent();
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThat(withKek(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))).problem())
                .hasValueSatisfying(p -> assertThat(p).contains("32 bytes"));
    }

    @Test
    void acceptsThirtyTwoBytes() {
        assertThat(withKek(Optional.of(Base64.getEncoder().encodeToString(new byte[32]))).problem()).isEmpty();
    }
}
