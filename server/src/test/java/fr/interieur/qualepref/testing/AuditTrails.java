package fr.interieur.qualepref.testing;

import fr.interieur.qualepref.localrunner.LocalDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads a site's audit trail straight from the test database, as the integration tests check it. */
public final class AuditTrails {

    private AuditTrails() {
    }

    /**
     * "actor ACTION Entity" per event of a site for one entity, oldest first, read as the owner role with the site
     * bound (row-level security is forced for the owner too).
     */
    public static List<String> auditTrail(String code, String entity) {
        DataSource owner = IntegrationDatabase.database().database(LocalDatabase.DATABASE, LocalDatabase.OWNER_ROLE,
                System.getProperty("qualepref.it.db.ownerPassword"));
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('qualepref.site_id', "
                    + "(SELECT id FROM site WHERE code = ?)::text, true)")) {
                bind.setString(1, code);
                bind.executeQuery().close();
            }
            List<String> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT actor_login, action, entity FROM audit_event "
                    + "WHERE entity = ? ORDER BY id")) {
                q.setString(1, entity);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        events.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                }
            }
            c.commit();
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * "actor ACTION Entity" per national event (site_id NULL: users, the auditor pools) for one entity, oldest first,
     * read as the owner role through the national read path ({@code qualepref.scope = 'national'}).
     */
    public static List<String> nationalTrail(String entity) {
        DataSource owner = IntegrationDatabase.database().database(LocalDatabase.DATABASE, LocalDatabase.OWNER_ROLE,
                System.getProperty("qualepref.it.db.ownerPassword"));
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement(
                    "SELECT set_config('qualepref.scope', 'national', true)")) {
                bind.executeQuery().close();
            }
            List<String> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT actor_login, action, entity FROM audit_event "
                    + "WHERE entity = ? AND site_id IS NULL ORDER BY id")) {
                q.setString(1, entity);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        events.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                }
            }
            c.commit();
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
