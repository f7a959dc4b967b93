package fr.interieur.qualepref.security.application;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/** The keys tokens are signed and verified with, chosen by kid; never keys a token brings along (jku, jwk). */
public interface KeySet {

    /** The key that signs new tokens, and its kid. */
    Active signing();

    /** The public key for tokens of this kid, if the kid is ours and its tokens are still accepted. */
    Optional<PublicKey> verification(String kid);

    /** The signing key of the moment. */
    record Active(String kid, PrivateKey privateKey) {
    }
}
