package fr.interieur.qualepref.testing;

import fr.interieur.qualepref.indicators.infrastructure.NativeSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC in a site's binding, as {@code TenantBinding} binds it: for the tests and benchmark programs that run
 * the server's statements under row-level security without a server.
 */
public final class SiteJdbc {

    private SiteJdbc() {
    }

    /** What runs in a site's transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction on a new connection of {@code roles} with {@code site} bound; rolled back on a failure. */
    public static <T> T inSite(DataSource roles, long site, Work<T> work) throws SQLException {
        try (Connection c = roles.getConnection()) {
            c.setAutoCommit(false);
            return inSite(c, site, work);
        }
    }

    /** One transaction on {@code c} (not auto-committing) with {@code site} bound; rolled back on a failure. */
    public static <T> T inSite(Connection c, long site, Work<T> work) throws SQLException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('qualepref.site_id', ?, true)")) {
                ps.setString(1, Long.toString(site));
                ps.executeQuery().close();
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Runs a statement of the server's (its text parameters bound as the statement casts them). */
    public static void run(Connection c, NativeSql sql) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql)) {
            ps.execute();
        }
    }

    /** The rows of a statement of the server's, each as an array of its columns. */
    public static List<Object[]> rows(Connection c, NativeSql sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection c, NativeSql sql) throws SQLException {
        var jdbc = sql.forJdbc();
        PreparedStatement ps = c.prepareStatement(jdbc.getKey());
        for (int i = 0; i < jdbc.getValue().size(); i++) {
            ps.setObject(i + 1, jdbc.getValue().get(i), Types.VARCHAR);
        }
        return ps;
    }
}
