package fr.interieur.qualepref.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A token signing key as every server instance shares it: the public half in clear, the private half encrypted under
 * the key-encryption key of the environment. A retired key no longer signs but still verifies the tokens it signed
 * until they have all expired.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    public enum Status { ACTIVE, RETIRED }

    public static final String ES256 = "ES256";

    @Id
    private String kid;
    private String algorithm;
    @Column(name = "public_key")
    private String publicKey;
    @Column(name = "private_key_encrypted")
    private String privateKeyEncrypted;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String publicKey, String privateKeyEncrypted, OffsetDateTime now) {
        this.kid = kid;
        this.algorithm = ES256;
        this.publicKey = publicKey;
        this.privateKeyEncrypted = privateKeyEncrypted;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    public String kid() {
        return kid;
    }

    public String algorithm() {
        return algorithm;
    }

    /** X.509 SubjectPublicKeyInfo, base64. */
    public String publicKey() {
        return publicKey;
    }

    /** base64(IV || AES-GCM ciphertext) of the PKCS#8 private key. */
    public String privateKeyEncrypted() {
        return privateKeyEncrypted;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public void retire(OffsetDateTime now) {
        status = Status.RETIRED;
        retiredAt = now;
    }

    /**
     * Whether tokens signed by this key are still accepted at {@code now}: always while active; once retired, until
     * the last token it signed has expired.
     */
    public boolean verifiesAt(OffsetDateTime now, Duration tokenLifetime) {
        return status == Status.ACTIVE || now.isBefore(retiredAt.plus(tokenLifetime));
    }
}
