package fr.interieur.qualepref.localrunner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the database and its two roles, as a DBA would do once on a real PostgreSQL (docs/operations.md shows the
 * same statements). Idempotent: existing roles get their password reset, an existing database is kept.
 */
public final class DatabaseProvisioning {

    private DatabaseProvisioning() {
    }

    public static void provision(DataSource superuser, String database, String ownerUser, String ownerPassword,
                                 String appUser, String appPassword) throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            ensureRole(c, s, ownerUser, ownerPassword);
            ensureRole(c, s, appUser, appPassword);
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                s.execute("CREATE DATABASE " + ident(database) + " OWNER " + ident(ownerUser)
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + ident(database) + " TO " + ident(appUser));
        }
    }

    private static void ensureRole(Connection c, Statement s, String role, String password) throws SQLException {
        // NOBYPASSRLS and no superuser: row-level security must apply to both roles' sessions.
        String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD " + literal(password);
        if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            s.execute("ALTER ROLE " + ident(role) + attributes);
        } else {
            s.execute("CREATE ROLE " + ident(role) + attributes);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Role and database names come from our own settings; still, only plain identifiers are accepted. */
    static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain PostgreSQL identifier: " + name);
        }
        return "\"" + name + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
