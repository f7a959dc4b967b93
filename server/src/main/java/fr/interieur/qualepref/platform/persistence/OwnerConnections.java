package fr.interieur.qualepref.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections as the owner role, outside the JTA pool. Only start-up work uses them (schema migration, référentiel
 * import); request handling never does.
 */
@ApplicationScoped
public class OwnerConnections {

    @Inject
    DatabaseSettings settings;

    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.url());
        ds.setUser(settings.ownerUser());
        ds.setPassword(settings.ownerPassword());
        ds.setApplicationName("qualepref-owner");
        return ds;
    }

    public Connection open() throws SQLException {
        return dataSource().getConnection();
    }
}
