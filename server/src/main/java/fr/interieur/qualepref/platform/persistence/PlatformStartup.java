package fr.interieur.qualepref.platform.persistence;

import fr.interieur.qualepref.referential.application.ReferentialImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The start-up sequence, in one place and in order: migrate the schema, then import the référentiel versions shipped
 * with this build. A failure does not stop the deployment; it leaves the server live but not ready, with the reason
 * in {@code /health/ready} and in the log.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    SchemaMigration migration;

    @Inject
    ReferentialImport referentialImport;

    @Inject
    StartupState state;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            MigrateResult result = migration.migrate();
            referentialImport.importBundledVersions();
            state.ready(result.targetSchemaVersion);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up failed: the server stays not ready", e);
            state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
