package fr.interieur.qualepref.platform.health;

import fr.interieur.qualepref.platform.persistence.ApplicationDataSource;
import fr.interieur.qualepref.platform.persistence.StartupState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up succeeded (schema migrated, référentiel loaded) and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    StartupState startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("database").withData("startup",
                startup.phase().name());
        startup.schemaVersion().ifPresent(v -> r.withData("schemaVersion", v));
        startup.failure().ifPresent(f -> r.withData("failure", f));
        if (startup.phase() != StartupState.Phase.READY) {
            return r.down().build();
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? r.up().build() : r.withData("database", "no answer within 2 s").down().build();
        } catch (SQLException e) {
            return r.withData("database", e.getMessage()).down().build();
        }
    }
}
