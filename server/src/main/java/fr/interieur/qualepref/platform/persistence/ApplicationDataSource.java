package fr.interieur.qualepref.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JTA data source of the application role. Its settings are resolved by Payara from MicroProfile Config
 * (environment variables override) when the pool is created, which happens before microprofile-config.properties is
 * read: the defaults therefore stand inline here, and nowhere else.
 *
 * <p>The application role owns no table; Flyway uses the owner role through {@link SchemaMigration}.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=qualepref.db.url:jdbc:postgresql://localhost:5432/qualepref}",
        user = "${MPCONFIG=qualepref.db.app.user:qualepref_app}",
        password = "${MPCONFIG=qualepref.db.app.password:}",
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "ApplicationName=qualepref-server"
        })
@ApplicationScoped
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/qualepref";
}
