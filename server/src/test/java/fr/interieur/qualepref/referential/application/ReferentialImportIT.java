package fr.interieur.qualepref.referential.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interieur.qualepref.platform.persistence.OwnerConnections;
import fr.interieur.qualepref.referential.application.ReferentialStore.Outcome;
import fr.interieur.qualepref.referential.infrastructure.JdbcReferentialStore;
import fr.interieur.qualepref.referential.infrastructure.YamlReferentialReader;
import fr.interieur.qualepref.testing.IntegrationDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Importing référentiel files into a real PostgreSQL, in a database of its own (so the API tests' data is not
 * touched): migrations from scratch, idempotence, immutability of an imported version, all-or-nothing on errors, and
 * the application role's read-only access.
 */
class ReferentialImportIT {

    static final String DB = "referential_import_it";
    static DataSource owner;
    static DataSource app;
    static ReferentialImport importer;
    static String yaml2019;

    @BeforeAll
    static void freshDatabase() throws Exception {
        IntegrationDatabase.Roles roles = IntegrationDatabase.freshDatabase(DB);
        owner = roles.owner();
        app = roles.app();

        JdbcReferentialStore store = new JdbcReferentialStore(new OwnerConnections() {
            @Override
            public DataSource dataSource() {
                return owner;
            }
        });
        importer = new ReferentialImport();
        importer.parser = new YamlReferentialReader();
        importer.store = store;
        yaml2019 = Files.readString(Path.of("src/main/resources/referential/qualepref-2019.yaml"));
    }

    static Outcome importText(String file, String yaml) {
        return importer.importFile(file, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static long count(String sql) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsTheShippedVersionOnceAndOnlyOnce() throws SQLException {
        Outcome first = importText("qualepref-2019.yaml", yaml2019);
        assertThat(first).isIn(Outcome.IMPORTED, Outcome.UNCHANGED);
        long versions = count("SELECT count(*) FROM referential_version");
        assertThat(importText("qualepref-2019.yaml", yaml2019)).isEqualTo(Outcome.UNCHANGED);
        assertThat(count("SELECT count(*) FROM referential_version")).isEqualTo(versions);

        String v = "(SELECT id FROM referential_version WHERE code = '2019')";
        assertThat(count("SELECT count(*) FROM referential_module WHERE version_id = " + v)).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM referential_commitment WHERE version_id = " + v)).isEqualTo(54);
        assertThat(count("SELECT count(*) FROM referential_commitment_item i JOIN referential_commitment c "
                + "ON c.id = i.commitment_id WHERE c.version_id = " + v)).isEqualTo(154);
        assertThat(count("SELECT count(*) FROM referential_indicator WHERE version_id = " + v)).isEqualTo(60);
        assertThat(count("SELECT count(*) FROM referential_requirement WHERE version_id = " + v)).isEqualTo(8);
    }

    @Test
    void keepsAnImportedVersionWhenItsFileChanges() throws SQLException {
        String original = yaml2019.replace("version: '2019'", "version: 'immutable-test'");
        importText("immutable.yaml", original);
        long commitments = count("SELECT count(*) FROM referential_commitment");
        String changed = original.replace("title: Qual-e-pref", "title: Qual-e-pref (modifié)");
        assertThat(importText("immutable.yaml", changed)).isEqualTo(Outcome.CONFLICT);
        assertThat(count("SELECT count(*) FROM referential_version WHERE code = 'immutable-test' "
                + "AND title = 'Qual-e-pref'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM referential_commitment")).isEqualTo(commitments);
    }

    @Test
    void letsSeveralVersionsCoexist() throws SQLException {
        importText("qualepref-2019.yaml", yaml2019);
        importText("next.yaml", yaml2019.replace("version: '2019'", "version: '2030-draft'")
                .replace("updatedOn: 2019-02-04", "updatedOn: 2030-01-01"));
        assertThat(count("SELECT count(*) FROM referential_version WHERE code IN ('2019', '2030-draft')"))
                .isEqualTo(2);
    }

    @Test
    void refusesAnInconsistentFileAndStoresNothing() throws SQLException {
        long before = count("SELECT count(*) FROM referential_commitment");
        String bad = yaml2019.replace("version: '2019'", "version: 'bad-ref'")
                .replace("- code: I54.1\n  commitment: 54", "- code: I54.1\n  commitment: 99");
        assertThatThrownBy(() -> importText("bad.yaml", bad)).isInstanceOf(ReferentialFormatException.class)
                .hasMessageContaining("bad.yaml, line ").hasMessageContaining("commitment 99");
        assertThat(count("SELECT count(*) FROM referential_version WHERE code = 'bad-ref'")).isZero();
        assertThat(count("SELECT count(*) FROM referential_commitment")).isEqualTo(before);
    }

    @Test
    void rollsBackAVersionThatTheDatabaseRefusesHalfWay() throws SQLException {
        long before = count("SELECT count(*) FROM referential_commitment");
        // A NUL character is valid YAML but PostgreSQL refuses it in text: the error comes with the last glossary
        // term, after every module, commitment, requirement and indicator was inserted in the one transaction.
        String bad = yaml2019.replace("version: '2019'", "version: 'half-way'")
                .replaceAll("(?m)^(- term: Téléprocédure\n  definition: ).*$", "$1\"défini\\\\0tion\"");
        assertThat(bad).isNotEqualTo(yaml2019.replace("version: '2019'", "version: 'half-way'"));
        assertThatThrownBy(() -> importText("half.yaml", bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("half.yaml");
        assertThat(count("SELECT count(*) FROM referential_version WHERE code = 'half-way'")).isZero();
        assertThat(count("SELECT count(*) FROM referential_commitment")).isEqualTo(before);
    }

    @Test
    void theApplicationRoleMayReadButNeverWriteTheReferential() throws SQLException {
        importText("qualepref-2019.yaml", yaml2019);
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM referential_commitment")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            for (String write : new String[] {
                    "UPDATE referential_commitment SET title = 'x'",
                    "DELETE FROM referential_indicator",
                    "INSERT INTO referential_version (code, title, published_on, source_file, source_sha256) "
                            + "VALUES ('x', 'x', now(), 'x', repeat('0', 64))",
                    "TRUNCATE referential_glossary_term",
                    "DROP TABLE referential_commitment_item"}) {
                assertThatThrownBy(() -> s.execute(write)).as(write).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
    }
}
