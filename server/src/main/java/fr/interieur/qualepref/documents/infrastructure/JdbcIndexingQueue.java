package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import fr.interieur.qualepref.documents.domain.IndexingQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The indexer's reads, in native SQL under row-level security: the queue is read in the indexer's own scope
 * ({@code qualepref.scope = 'indexer'}, which the policies of search_intent allow and nothing else does), and each
 * document is read with its own site bound, so the indexer never sees a row through a site it did not bind.
 */
@ApplicationScoped
@Transactional
public class JdbcIndexingQueue implements IndexingQueue {

    private static final String DOCUMENT_COLUMNS = "SELECT d.id, d.site_id, d.kind, d.title, d.evidence_refs, "
            + "d.modules, COALESCE(d.document_date, d.created_at::date), v.extracted_text, d.note, d.confidentiality "
            + "FROM document d "
            + "LEFT JOIN document_version v ON v.site_id = d.site_id AND v.document_id = d.id "
            + "AND v.version = d.current_version ";

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<Intent> pending(long afterId, int limit) {
        indexerScope();
        List<Object[]> rows = rows(em.createNativeQuery("SELECT id, site_id, document_id FROM search_intent "
                + "WHERE id > ?1 ORDER BY id LIMIT ?2").setParameter(1, afterId).setParameter(2, limit)
                .getResultList());
        return rows.stream().map(r -> new Intent(num(r[0]), num(r[1]), num(r[2]))).toList();
    }

    @Override
    public List<IndexedDocument> load(long siteId, Collection<Long> documentIds) {
        bindSite(siteId);
        return documents(em.createNativeQuery(DOCUMENT_COLUMNS + "WHERE d.id = ANY(CAST(?1 AS bigint[])) "
                + "AND d.withdrawn_at IS NULL")
                .setParameter(1, arrayLiteral(documentIds)).getResultList());
    }

    @Override
    public void done(Collection<Long> intentIds) {
        if (intentIds.isEmpty()) {
            return;
        }
        indexerScope();
        em.createNativeQuery("DELETE FROM search_intent WHERE id = ANY(CAST(?1 AS bigint[]))")
                .setParameter(1, arrayLiteral(intentIds)).executeUpdate();
    }

    @Override
    public List<Long> sites() {
        List<?> ids = em.createNativeQuery("SELECT id FROM site ORDER BY id").getResultList();
        return ids.stream().map(JdbcIndexingQueue::num).toList();
    }

    @Override
    public List<IndexedDocument> page(long siteId, long afterId, int limit) {
        bindSite(siteId);
        return documents(em.createNativeQuery(DOCUMENT_COLUMNS + "WHERE d.id > ?1 AND d.withdrawn_at IS NULL "
                + "ORDER BY d.id LIMIT ?2")
                .setParameter(1, afterId).setParameter(2, limit).getResultList());
    }

    @Override
    public List<Long> changedSince(long siteId, long epochMillis) {
        bindSite(siteId);
        List<?> ids = em.createNativeQuery("SELECT id FROM document WHERE updated_at >= to_timestamp(?1 / 1000.0)")
                .setParameter(1, epochMillis).getResultList();
        return ids.stream().map(JdbcIndexingQueue::num).toList();
    }

    @Override
    public String instance() {
        return em.createNativeQuery("SELECT instance::text FROM search_index WHERE id = 1").getSingleResult()
                .toString();
    }

    @Override
    public long countAll() {
        long total = 0;
        for (long site : sites()) {
            bindSite(site);
            total += num(em.createNativeQuery("SELECT count(*) FROM document WHERE withdrawn_at IS NULL")
                    .getSingleResult());
        }
        return total;
    }

    @Override
    public long count(long siteId) {
        bindSite(siteId);
        return num(em.createNativeQuery("SELECT count(*) FROM document WHERE withdrawn_at IS NULL")
                .getSingleResult());
    }

    private void indexerScope() {
        em.createNativeQuery("SELECT set_config('qualepref.scope', 'indexer', true)").getSingleResult();
    }

    private void bindSite(long siteId) {
        em.createNativeQuery("SELECT set_config('qualepref.site_id', ?1, true)")
                .setParameter(1, Long.toString(siteId)).getSingleResult();
    }

    private static List<IndexedDocument> documents(List<?> result) {
        List<IndexedDocument> docs = new ArrayList<>();
        for (Object[] r : rows(result)) {
            docs.add(new IndexedDocument(num(r[0]), num(r[1]), DocumentKind.valueOf((String) r[2]),
                    Confidentiality.valueOf((String) r[9]), (String) r[3],
                    split((String) r[4]), split((String) r[5]).stream().map(Integer::valueOf).toList(),
                    ((Date) r[6]).toLocalDate(), (String) r[7], (String) r[8]));
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static String arrayLiteral(Collection<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (Long id : ids) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(id.longValue());
        }
        return b.append('}').toString();
    }
}
