package fr.interieur.qualepref.security.infrastructure;

import fr.interieur.qualepref.security.application.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready without a usable key-encryption key: such an instance could not sign a single token, and inventing a key
 * would make it sign with one the other instances cannot read.
 */
@Readiness
@ApplicationScoped
public class SigningKeyReadiness implements HealthCheck {

    @Inject
    SigningKeys keys;

    @Override
    public HealthCheckResponse call() {
        return keys.problem()
                .map(p -> HealthCheckResponse.named("signing-keys").withData("failure", p).down().build())
                .orElseGet(() -> HealthCheckResponse.named("signing-keys").up().build());
    }
}
