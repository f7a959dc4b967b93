package fr.interieur.qualepref.security.application;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the key-encryption key of the environment, for the private signing keys stored in PostgreSQL:
 * a database dump or a replica alone cannot forge tokens. The kid is bound as additional data, so a ciphertext moved
 * to another row does not decrypt.
 */
public final class KeyEncryption {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey kek;

    private KeyEncryption(SecretKey kek) {
        this.kek = kek;
    }

    /** From the base64 of 32 random bytes; refuses anything else, so a typo is not a weak key. */
    public static KeyEncryption fromBase64(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key-encryption key is not base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (base64 of 32 random bytes), "
                    + "not " + key.length);
        }
        return new KeyEncryption(new SecretKeySpec(key, "AES"));
    }

    public String encrypt(byte[] plain, String kid) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(kid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a signing key", e);
        }
    }

    public byte[] decrypt(String encrypted, String kid) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(kid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt signing key " + kid
                    + ": is QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY the one it was encrypted with?", e);
        }
    }
}
