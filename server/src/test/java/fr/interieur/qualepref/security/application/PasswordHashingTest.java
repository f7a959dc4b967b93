package fr.interieur.qualepref.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** Passwords go through Jakarta Security's PBKDF2 with our parameters (the same implementation as in Payara). */
class PasswordHashingTest {

    static final PasswordHashing HASHING = new PasswordHashing(new Pbkdf2PasswordHashImpl());

    @Test
    void hashesWithPbkdf2Sha256AndAtLeast210000Iterations() {
        String hash = HASHING.hash("correct horse battery");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:210000:");
        assertThat(hash).doesNotContain("correct horse battery");
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAnyOther() {
        String hash = HASHING.hash("correct horse battery");
        assertThat(HASHING.verify("correct horse battery", hash)).isTrue();
        assertThat(HASHING.verify("correct horse batterY", hash)).isFalse();
        assertThat(HASHING.verify("", hash)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(HASHING.hash("same password here")).isNotEqualTo(HASHING.hash("same password here"));
    }

    @Test
    void spendsAVerificationOnAnUnknownLoginWithoutFailing() {
        HASHING.verifyNothing("anything at all");
        HASHING.verifyNothing(null);
    }
}
