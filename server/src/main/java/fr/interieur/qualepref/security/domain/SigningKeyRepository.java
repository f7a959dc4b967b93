package fr.interieur.qualepref.security.domain;

import java.util.List;

/** The shared set of signing keys. */
public interface SigningKeyRepository {

    List<SigningKey> all();

    /** Retires the active key (if any) and stores {@code next} as the only active key, in one transaction. */
    void rotate(SigningKey next);

    /** Stores {@code first} only if no key exists yet; false when another instance was first. */
    boolean storeFirst(SigningKey first);
}
