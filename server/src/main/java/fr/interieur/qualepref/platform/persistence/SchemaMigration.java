package fr.interieur.qualepref.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version of this build with Flyway, as the owner role. The migrations are the SQL files of
 * the repository's {@code migrations/} folder, packaged under {@code db/migration}. The application role's name is
 * handed to them as the {@code app_role} placeholder so they can grant it exactly what it needs.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    OwnerConnections owner;

    @Inject
    DatabaseSettings settings;

    public MigrateResult migrate() {
        return migrate(owner.dataSource(), settings.appUser());
    }

    /** Migrates the database behind {@code ownerDataSource}, granting the application role {@code appRole}. */
    public static MigrateResult migrate(javax.sql.DataSource ownerDataSource, String appRole) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", appRole))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }
}
