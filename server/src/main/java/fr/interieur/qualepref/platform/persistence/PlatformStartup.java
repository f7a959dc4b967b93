package fr.interieur.qualepref.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The start-up sequence, in one place and in order: migrate the schema, then let the contexts do their own start-up
 * work on it (the référentiel import observes {@link SchemaMigrated}). A failure does not stop the deployment; it leaves the server live but not ready, with the reason
 * in {@code /health/ready} and in the log.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    SchemaMigration migration;

    @Inject
    Event<SchemaMigrated> schemaMigrated;

    @Inject
    StartupState state;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            MigrateResult result = migration.migrate();
            schemaMigrated.fire(new SchemaMigrated(result.targetSchemaVersion));
            state.ready(result.targetSchemaVersion);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up failed: the server stays not ready", e);
            state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
