package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.persistence.SchemaMigrated;
import fr.interieur.qualepref.security.domain.SigningKey;
import fr.interieur.qualepref.security.domain.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ES256 key set every instance shares through the {@code signing_key} table. Each instance keeps a decrypted copy
 * and reloads it at most every {@value #RELOAD_SECONDS} s, and at once when a token names a kid it does not know (a
 * key another instance has just created), so a rotation needs no restart. A flood of made-up kids cannot turn into a
 * flood of queries: an unknown kid reloads at most once a second.
 */
@ApplicationScoped
public class SigningKeys implements KeySet {

    static final long RELOAD_SECONDS = 60;
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKeyRepository repository;

    @Inject
    @ConfigProperty(name = "qualepref.security.key-encryption-key")
    Optional<String> keyEncryptionKey;

    @Inject
    @ConfigProperty(name = "qualepref.security.access-token-minutes", defaultValue = "15")
    long accessTokenMinutes;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());
    /** Why the last load could not open the active key (a KEK that is not the one it was sealed with), if so. */
    private volatile String loadFailure;

    /** A key as loaded: the row, its public key, and its private key when it is the active one. */
    public record Loaded(SigningKey row, ECPublicKey publicKey, PrivateKey privateKey) {
    }

    private record Snapshot(Instant loadedAt, Map<String, Loaded> keys) {
    }

    /** Creates the first key on an empty table, so the first login does not pay for it; never fails start-up. */
    void onSchemaMigrated(@Observes SchemaMigrated event) {
        if (problem().isPresent()) {
            LOG.warning(() -> "Tokens cannot be signed: " + problem().get());
            return;
        }
        try {
            signing();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The signing keys cannot be loaded; the server is not ready", e);
        }
    }

    /** Why tokens cannot be signed now (for readiness), or empty when they can. */
    public Optional<String> problem() {
        return configurationProblem().or(() -> Optional.ofNullable(loadFailure));
    }

    private Optional<String> configurationProblem() {
        if (keyEncryptionKey.isEmpty() || keyEncryptionKey.get().isBlank()) {
            return Optional.of("QUALEPREF_SECURITY_KEY_ENCRYPTION_KEY (qualepref.security.key-encryption-key) is not "
                    + "set: no signing key can be created or read");
        }
        try {
            KeyEncryption.fromBase64(keyEncryptionKey.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public Active signing() {
        Optional<Loaded> active = activeIn(current());
        if (active.isEmpty()) {
            repository.storeFirst(generate());
            active = activeIn(reload());
        }
        Loaded key = active.filter(k -> k.privateKey() != null).orElseThrow(() -> new IllegalStateException(
                "no usable active signing key" + Optional.ofNullable(loadFailure).map(f -> ": " + f).orElse("")));
        return new Active(key.row().kid(), key.privateKey());
    }

    @Override
    public Optional<PublicKey> verification(String kid) {
        Snapshot s = current();
        if (!s.keys().containsKey(kid) && clock.instant().isAfter(s.loadedAt().plus(MIN_RELOAD_INTERVAL))) {
            s = reload();
        }
        return Optional.ofNullable(s.keys().get(kid))
                .filter(k -> k.row().verifiesAt(now(), tokenLifetime()))
                .map(Loaded::publicKey);
    }

    /** The keys whose tokens are accepted now, active first: what the JWKS publishes. */
    public List<Loaded> published() {
        return current().keys().values().stream()
                .filter(k -> k.row().verifiesAt(now(), tokenLifetime()))
                .sorted(java.util.Comparator.comparing((Loaded k) -> k.row().status())
                        .thenComparing(k -> k.row().createdAt(), java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** A new active key; the previous one retires and keeps verifying until its last token expires. */
    public String rotate() {
        SigningKey next = generate();
        repository.rotate(next);
        reload();
        LOG.info(() -> "Signing key rotated: " + next.kid() + " is now active");
        return next.kid();
    }

    private Duration tokenLifetime() {
        return Duration.ofMinutes(accessTokenMinutes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        return clock.instant().isAfter(s.loadedAt().plusSeconds(RELOAD_SECONDS)) ? reload() : s;
    }

    /**
     * Reads the key set. Public keys need no KEK, so verification and the JWKS keep working even when the active
     * private key cannot be opened; signing then fails, and readiness says why.
     */
    private synchronized Snapshot reload() {
        KeyEncryption kek = kek();
        Map<String, Loaded> keys = new LinkedHashMap<>();
        String failure = null;
        for (SigningKey row : repository.all()) {
            PrivateKey priv = null;
            if (row.status() == SigningKey.Status.ACTIVE) {
                try {
                    priv = decodePrivate(kek.decrypt(row.privateKeyEncrypted(), row.kid()));
                } catch (IllegalStateException e) {
                    failure = e.getMessage();
                    LOG.severe(failure);
                }
            }
            keys.put(row.kid(), new Loaded(row, decodePublic(row.publicKey()), priv));
        }
        loadFailure = failure;
        Snapshot s = new Snapshot(clock.instant(), Map.copyOf(keys));
        snapshot = s;
        return s;
    }

    private static Optional<Loaded> activeIn(Snapshot s) {
        return s.keys().values().stream().filter(k -> k.row().status() == SigningKey.Status.ACTIVE).findFirst();
    }

    private KeyEncryption kek() {
        configurationProblem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        return KeyEncryption.fromBase64(keyEncryptionKey.orElseThrow());
    }

    private SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] kidBytes = new byte[16];
            RANDOM.nextBytes(kidBytes);
            String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(kidBytes);
            return new SigningKey(kid, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    kek().encrypt(pair.getPrivate().getEncoded(), kid), now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an EC P-256 key pair", e);
        }
    }

    private static ECPublicKey decodePublic(String base64) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key is not an EC key", e);
        }
    }

    private static PrivateKey decodePrivate(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored private key is not an EC key", e);
        }
    }
}
