package fr.interieur.qualepref.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.security.domain.SigningKey;
import fr.interieur.qualepref.security.domain.SigningKeyRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shared key set: the first key, rotation with the retired key verifying until its tokens expire, and an instance
 * without a usable key-encryption key saying why (for readiness) rather than inventing a key.
 */
class SigningKeysTest {

    static final String KEK = Base64.getEncoder().encodeToString(new byte[32]);
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** The table, in memory. */
    static final class Table implements SigningKeyRepository {
        final List<SigningKey> rows = new ArrayList<>();

        @Override
        public List<SigningKey> all() {
            return List.copyOf(rows);
        }

        @Override
        public void rotate(SigningKey next) {
            rows.stream().filter(k -> k.status() == SigningKey.Status.ACTIVE)
                    .forEach(k -> k.retire(OffsetDateTime.ofInstant(T0, ZoneOffset.UTC)));
            rows.add(next);
        }

        @Override
        public boolean storeFirst(SigningKey first) {
            return rows.isEmpty() && rows.add(first);
        }
    }

    static SigningKeys withKek(Optional<String> kek) {
        return on(new Table(), kek, T0);
    }

    static SigningKeys on(Table table, Optional<String> kek, Instant at) {
        SigningKeys keys = new SigningKeys();
        keys.repository = table;
        keys.keyEncryptionKey = kek;
        keys.accessTokenMinutes = 15;
        keys.clock = Clock.fixed(at, ZoneOffset.UTC);
        return keys;
    }

    @Test
    void createsTheFirstKeyOnAnEmptyTableAndSealsItsPrivateHalf() {
        Table table = new Table();
        String kid = on(table, Optional.of(KEK), T0).signing().kid();
        assertThat(table.rows).singleElement().satisfies(k -> {
            assertThat(k.kid()).isEqualTo(kid);
            assertThat(k.privateKeyEncrypted()).doesNotContain(k.publicKey());
        });
        assertThat(on(table, Optional.of(KEK), T0).signing().kid()).as("another instance").isEqualTo(kid);
    }

    @Test
    void aRetiredKeyVerifiesUntilItsLastTokenHasExpired() {
        Table table = new Table();
        SigningKeys keys = on(table, Optional.of(KEK), T0);
        String old = keys.signing().kid();
        String next = keys.rotate();
        assertThat(keys.signing().kid()).isEqualTo(next);
        assertThat(keys.verification(old)).isPresent();
        assertThat(keys.published()).extracting(k -> k.row().kid()).containsExactly(next, old);

        SigningKeys later = on(table, Optional.of(KEK), T0.plusSeconds(15 * 60));
        assertThat(later.verification(old)).isEmpty();
        assertThat(later.verification(next)).isPresent();
        assertThat(later.published()).extracting(k -> k.row().kid()).containsExactly(next);
    }

    @Test
    void anInstanceWithAnotherKekVerifiesButNeitherSignsNorPretendsToBeReady() {
        Table table = new Table();
        String kid = on(table, Optional.of(KEK), T0).signing().kid();
        byte[] other = new byte[32];
        other[0] = 1;
        SigningKeys stranger = on(table, Optional.of(Base64.getEncoder().encodeToString(other)), T0);
        assertThat(stranger.verification(kid)).isPresent();
        assertThatThrownBy(stranger::signing).hasMessageContaining("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY");
        assertThat(stranger.problem()).hasValueSatisfying(p -> assertThat(p).contains(kid));
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
