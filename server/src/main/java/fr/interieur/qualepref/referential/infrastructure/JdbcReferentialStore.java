package fr.interieur.qualepref.referential.infrastructure;

import fr.interieur.qualepref.platform.persistence.OwnerConnections;
import fr.interieur.qualepref.referential.application.ReferentialDocument;
import fr.interieur.qualepref.referential.application.ReferentialDocument.CommitmentEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.GlossaryEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ModuleEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.RequirementEntry;
import fr.interieur.qualepref.referential.application.ReferentialStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a référentiel version as the owner role (the application role may only read these tables), in one
 * transaction: a version is stored whole or not at all. An advisory lock serialises imports when several server
 * instances start together.
 */
@ApplicationScoped
public class JdbcReferentialStore implements ReferentialStore {

    private static final long IMPORT_LOCK = 0x5155414c45505246L; // "QUALEPRF"

    private OwnerConnections owner;

    /** For the CDI proxy only. */
    protected JdbcReferentialStore() {
    }

    @Inject
    public JdbcReferentialStore(OwnerConnections owner) {
        this.owner = owner;
    }

    @Override
    public Outcome store(ReferentialDocument doc) {
        try (Connection c = owner.open()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
                }
                Optional<String> existing = existingHash(c, doc.version());
                if (existing.isPresent()) {
                    c.rollback();
                    return existing.get().equals(doc.sha256()) ? Outcome.UNCHANGED : Outcome.CONFLICT;
                }
                insert(c, doc);
                c.commit();
                return Outcome.IMPORTED;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store référentiel " + doc.version() + " from " + doc.file()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> existingHash(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_sha256 FROM referential_version WHERE code = ?")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, ReferentialDocument doc) throws SQLException {
        long versionId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_version (code, title, subtitle, "
                + "published_on, updated_on, source_file, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, doc.version());
            ps.setString(2, doc.title());
            ps.setString(3, doc.subtitle());
            ps.setDate(4, Date.valueOf(doc.publishedOn()));
            ps.setDate(5, doc.updatedOn() == null ? null : Date.valueOf(doc.updatedOn()));
            ps.setString(6, doc.file());
            ps.setString(7, doc.sha256());
            versionId = returnedId(ps);
        }
        Map<Integer, Long> moduleIds = insertModules(c, versionId, doc.modules());
        Map<Integer, Long> commitmentIds = insertCommitments(c, versionId, moduleIds, doc.commitments());
        insertRequirements(c, versionId, doc.requirements());
        insertIndicators(c, versionId, commitmentIds, doc.indicators());
        insertGlossary(c, versionId, doc.glossary());
    }

    private static Map<Integer, Long> insertModules(Connection c, long versionId, List<ModuleEntry> modules)
            throws SQLException {
        Map<Integer, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_module (version_id, number, title, "
                + "kind, cert_only) VALUES (?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement types = c.prepareStatement(
                     "INSERT INTO referential_module_site_type (module_id, site_type) VALUES (?, ?)")) {
            for (ModuleEntry m : modules) {
                ps.setLong(1, versionId);
                ps.setInt(2, m.number());
                ps.setString(3, m.title());
                ps.setString(4, m.kind().name());
                ps.setBoolean(5, m.certOnly());
                long id = returnedId(ps);
                ids.put(m.number(), id);
                for (var type : m.appliesTo()) {
                    types.setLong(1, id);
                    types.setString(2, type.name());
                    types.addBatch();
                }
            }
            types.executeBatch();
        }
        return ids;
    }

    private static Map<Integer, Long> insertCommitments(Connection c, long versionId, Map<Integer, Long> moduleIds,
                                                        List<CommitmentEntry> commitments) throws SQLException {
        Map<Integer, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_commitment (version_id, module_id, "
                + "number, section, title, optional, intro) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement items = c.prepareStatement("INSERT INTO referential_commitment_item (commitment_id, "
                     + "number, rank, text) VALUES (?, ?, ?, ?)");
             PreparedStatement controls = c.prepareStatement("INSERT INTO referential_commitment_control "
                     + "(commitment_id, rank, text) VALUES (?, ?, ?)")) {
            for (CommitmentEntry e : commitments) {
                ps.setLong(1, versionId);
                ps.setLong(2, moduleIds.get(e.module()));
                ps.setInt(3, e.number());
                ps.setString(4, e.section());
                ps.setString(5, e.title());
                ps.setBoolean(6, e.optional());
                ps.setString(7, e.intro());
                long id = returnedId(ps);
                ids.put(e.number(), id);
                for (int i = 0; i < e.items().size(); i++) {
                    items.setLong(1, id);
                    items.setString(2, e.items().get(i).number());
                    items.setInt(3, i + 1);
                    items.setString(4, e.items().get(i).text());
                    items.addBatch();
                }
                addRanked(controls, id, e.controlMethods(), 1);
            }
            items.executeBatch();
            controls.executeBatch();
        }
        return ids;
    }

    private static void insertRequirements(Connection c, long versionId, List<RequirementEntry> requirements)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_requirement (version_id, code, "
                + "chapter, number, title, text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement controls = c.prepareStatement("INSERT INTO referential_requirement_control "
                     + "(requirement_id, rank, text) VALUES (?, ?, ?)")) {
            for (RequirementEntry r : requirements) {
                ps.setLong(1, versionId);
                ps.setString(2, r.code());
                ps.setString(3, r.chapter());
                ps.setInt(4, r.number());
                ps.setString(5, r.title());
                ps.setString(6, r.text());
                addRanked(controls, returnedId(ps), r.controlMethods(), 1);
            }
            controls.executeBatch();
        }
    }

    private static void insertIndicators(Connection c, long versionId, Map<Integer, Long> commitmentIds,
                                         List<IndicatorEntry> indicators) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_indicator (version_id, "
                + "commitment_id, code, rank, label, kind, deadline_value, deadline_unit, channel, source, "
                + "valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement criteria = c.prepareStatement("INSERT INTO referential_indicator_criterion "
                     + "(indicator_id, rank, criterion) VALUES (?, ?, ?)")) {
            int rank = 0;
            for (IndicatorEntry i : indicators) {
                ps.setLong(1, versionId);
                ps.setLong(2, commitmentIds.get(i.commitment()));
                ps.setString(3, i.code());
                ps.setInt(4, ++rank);
                ps.setString(5, i.label());
                ps.setString(6, i.kind().name());
                setNullableInt(ps, 7, i.deadlineValue());
                ps.setString(8, i.deadlineUnit() == null ? null : i.deadlineUnit().name());
                ps.setString(9, i.channel() == null ? null : i.channel().name());
                ps.setString(10, i.source());
                setNullableInt(ps, 11, i.validFrom());
                setNullableInt(ps, 12, i.validUntil());
                // 0-based ranks: the JPA mapping reads them through @OrderColumn.
                addRanked(criteria, returnedId(ps), i.criteria(), 0);
            }
            criteria.executeBatch();
        }
    }

    private static void insertGlossary(Connection c, long versionId, List<GlossaryEntry> glossary)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO referential_glossary_term (version_id, rank, term, "
                + "definition) VALUES (?, ?, ?, ?)")) {
            int rank = 0;
            for (GlossaryEntry g : glossary) {
                ps.setLong(1, versionId);
                ps.setInt(2, ++rank);
                ps.setString(3, g.term());
                ps.setString(4, g.definition());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void addRanked(PreparedStatement ps, long ownerId, List<String> texts, int firstRank)
            throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            ps.setLong(1, ownerId);
            ps.setInt(2, firstRank + i);
            ps.setString(3, texts.get(i));
            ps.addBatch();
        }
    }

    private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
