package fr.interieur.qualepref.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.testing.IntegrationDatabase;
import fr.interieur.qualepref.testing.SiteJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layer 2 alone: with no application filter at all (plain SQL without a WHERE on the site, as a bug in layer 1 would
 * send), PostgreSQL's forced row-level security still confines the application role to the site bound to its
 * transaction. Runs in a database of its own, migrated from scratch.
 */
class RowLevelSecurityIT {

    static final String DB = "row_level_security_it";
    static DataSource owner;
    static DataSource app;
    static long siteA;
    static long siteB;

    @BeforeAll
    static void twoSitesWithRecords() throws Exception {
        IntegrationDatabase.Roles roles = IntegrationDatabase.freshDatabase(DB);
        owner = roles.owner();
        app = roles.app();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referential_version (code, title, published_on, source_file, source_sha256) "
                    + "VALUES ('t', 't', '2019-01-01', 't.yaml', repeat('a', 64))");
            siteA = insertSite(c, "13");
            siteB = insertSite(c, "69");
        }
        for (long site : new long[] {siteA, siteB}) {
            inSite(site, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO commitment_exclusion (site_id, commitment_number, justification, "
                            + "decided_by) VALUES (" + site + ", 36, 'pas de mission collectivités', 'test'), ("
                            + site + ", 37, 'pas de mission collectivités', 'test')");
                    s.executeUpdate("INSERT INTO audit_event (actor_login, site_id, entity, entity_id, action) "
                            + "VALUES ('test', " + site + ", 'Site', '" + site + "', 'CREATE')");
                }
                return null;
            });
        }
    }

    static long insertSite(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site (code, name, type, department_code, region, "
                + "has_cert, referential_version_id, engaged) VALUES (?, ?, 'PREFECTURE', ?, 'Test region', true, "
                + "(SELECT id FROM referential_version WHERE code = 't'), true) RETURNING id")) {
            ps.setString(1, code);
            ps.setString(2, "Préfecture " + code);
            ps.setString(3, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One transaction of the application role with {@code site} bound, exactly as TenantBinding does it. */
    static <T> T inSite(long site, SiteJdbc.Work<T> work) throws SQLException {
        return SiteJdbc.inSite(app, site, work);
    }

    static long countIn(long site, String sql) throws SQLException {
        return inSite(site, c -> count(c, sql));
    }

    static long updateIn(long site, String sql) throws SQLException {
        return inSite(site, c -> {
            try (Statement s = c.createStatement()) {
                return (long) s.executeUpdate(sql);
            }
        });
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anUnfilteredQuerySeesOnlyTheBoundSite() throws SQLException {
        assertThat(countIn(siteA, "SELECT count(*) FROM commitment_exclusion")).isEqualTo(2);
        assertThat(countIn(siteA, "SELECT count(*) FROM commitment_exclusion WHERE site_id = " + siteB))
                .isZero();
        assertThat(countIn(siteB, "SELECT count(DISTINCT site_id) FROM commitment_exclusion"))
                .isEqualTo(1);
        assertThat(countIn(siteA, "SELECT count(*) FROM audit_event")).isEqualTo(1);
    }

    @Test
    void withoutABoundSiteNothingIsVisible() throws SQLException {
        try (Connection c = app.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM commitment_exclusion")).isZero();
            assertThat(count(c, "SELECT count(*) FROM audit_event")).isZero();
        }
        try (Connection c = owner.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM commitment_exclusion")).as("FORCE applies to the owner too")
                    .isZero();
        }
    }

    @Test
    void theSettingDiesWithItsTransaction() throws SQLException {
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT set_config('qualepref.site_id', '" + siteA + "', true)").close();
                assertThat(count(c, "SELECT count(*) FROM commitment_exclusion")).isEqualTo(2);
            }
            c.commit();
            assertThat(count(c, "SELECT count(*) FROM commitment_exclusion")).as("same pooled connection, next tx")
                    .isZero();
        }
    }

    @Test
    void anotherSitesRowsCannotBeWrittenChangedOrDeleted() throws SQLException {
        assertThatThrownBy(() -> inSite(siteA, c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO commitment_exclusion (site_id, commitment_number, justification, "
                        + "decided_by) VALUES (" + siteB + ", 38, 'tentative hostile', 'x')");
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(updateIn(siteA,
                "UPDATE commitment_exclusion SET justification = 'modifié par A' WHERE site_id = " + siteB))
                .isZero();
        assertThat(updateIn(siteA,
                "DELETE FROM commitment_exclusion WHERE site_id = " + siteB)).isZero();
        assertThat(countIn(siteB, "SELECT count(*) FROM commitment_exclusion")).isEqualTo(2);
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplication() throws SQLException {
        for (String change : new String[] {"UPDATE audit_event SET action = 'X'", "DELETE FROM audit_event",
                "TRUNCATE audit_event"}) {
            assertThatThrownBy(() -> inSite(siteA, c -> c.createStatement().executeUpdate(change)))
                    .as(change).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> inSite(siteA, c -> c.createStatement().executeUpdate(
                "INSERT INTO audit_event (actor_login, site_id, entity, entity_id, action) VALUES ('x', " + siteB
                        + ", 'Site', 'x', 'FORGED')")))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }

    @Test
    void theApplicationCannotLiftThePolicy() throws SQLException {
        for (String lift : new String[] {"ALTER TABLE commitment_exclusion DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE commitment_exclusion NO FORCE ROW LEVEL SECURITY",
                "DROP POLICY commitment_exclusion_site ON commitment_exclusion",
                "SET row_security = off"}) {
            assertThatThrownBy(() -> inSite(siteA, c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(lift);
                    // with row_security off, a query that policies would filter must fail rather than see all rows
                    return count(c, "SELECT count(*) FROM commitment_exclusion");
                }
            })).as(lift).isInstanceOf(SQLException.class);
        }
    }
}
