package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.RebuildLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The search_rebuild table (national: a rebuild covers every site). Each call is its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JdbcRebuildLog implements RebuildLog {

    private static final String COLUMNS = "SELECT id, directory, state, only_site_id, site_code, total, done, "
            + "last_site_id, last_document_id, (extract(epoch FROM started_at) * 1000)::bigint, detail "
            + "FROM search_rebuild ";

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Progress start(String directory, Long siteId, String siteCode, long total) {
        Object id = em.createNativeQuery("INSERT INTO search_rebuild (directory, state, only_site_id, site_code, "
                        + "total) VALUES (?1, 'RUNNING', CAST(?2 AS bigint), ?3, ?4) RETURNING id")
                .setParameter(1, directory).setParameter(2, siteId).setParameter(3, siteCode == null ? "" : siteCode).setParameter(4, total)
                .getSingleResult();
        return one(COLUMNS + "WHERE id = " + ((Number) id).longValue()).orElseThrow();
    }

    @Override
    public void advance(long id, long done, long lastSiteId, long lastDocumentId) {
        em.createNativeQuery("UPDATE search_rebuild SET done = ?1, last_site_id = ?2, last_document_id = ?3 "
                        + "WHERE id = ?4").setParameter(1, done).setParameter(2, lastSiteId)
                .setParameter(3, lastDocumentId).setParameter(4, id).executeUpdate();
    }

    @Override
    public void finish(long id, boolean succeeded, String detail) {
        em.createNativeQuery("UPDATE search_rebuild SET state = ?1, finished_at = now(), detail = ?2 WHERE id = ?3")
                .setParameter(1, succeeded ? "DONE" : "FAILED").setParameter(2, detail == null ? "" : detail)
                .setParameter(3, id).executeUpdate();
    }

    @Override
    public Optional<Progress> running() {
        return one(COLUMNS + "WHERE state = 'RUNNING' ORDER BY id DESC LIMIT 1");
    }

    @Override
    public Optional<Progress> latest() {
        return one(COLUMNS + "ORDER BY id DESC LIMIT 1");
    }

    private Optional<Progress> one(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().findFirst().map(r -> new Progress(n(r[0]), (String) r[1], (String) r[2],
                r[3] == null ? null : n(r[3]), r[4] == null || ((String) r[4]).isEmpty() ? null : (String) r[4],
                n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), (String) r[10]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
