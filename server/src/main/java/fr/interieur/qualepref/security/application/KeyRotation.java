package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A key rotation asked by the DMAT, recorded in the national audit trail with the rotation itself. */
@ApplicationScoped
@Transactional
public class KeyRotation {

    @Inject
    SigningKeys keys;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    public String rotate() {
        String kid = keys.rotate();
        var caller = callers.required();
        audit.record(new AuditTrail.Actor(caller.userId(), caller.login()), null, "SigningKey", kid, "ROTATE", null,
                "active kid=" + kid);
        return kid;
    }
}
