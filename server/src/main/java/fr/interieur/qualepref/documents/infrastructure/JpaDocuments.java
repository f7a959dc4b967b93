package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.Document;
import fr.interieur.qualepref.documents.domain.DocumentVersion;
import fr.interieur.qualepref.documents.domain.Documents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * No JPQL here names a site: EclipseLink adds the bound site to each, and row-level security filters again. The one
 * native statement, the outbox insert, takes the site from the transaction's setting, so it cannot name another.
 */
@ApplicationScoped
public class JpaDocuments implements Documents {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public void store(Document document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public void storeVersion(DocumentVersion version) {
        em.persist(version);
        em.flush();
    }

    @Override
    public Optional<Document> find(long id) {
        return em.createQuery("SELECT d FROM Document d WHERE d.id = :id", Document.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Document> all() {
        return em.createQuery("SELECT d FROM Document d ORDER BY d.kind, d.title, d.id", Document.class)
                .getResultList();
    }

    @Override
    public List<DocumentVersion> versions(long documentId) {
        return em.createQuery("SELECT v FROM DocumentVersion v WHERE v.documentId = :d ORDER BY v.version",
                DocumentVersion.class).setParameter("d", documentId).getResultList();
    }

    @Override
    public Optional<DocumentVersion> version(long documentId, int version) {
        return em.createQuery("SELECT v FROM DocumentVersion v WHERE v.documentId = :d AND v.version = :n",
                        DocumentVersion.class).setParameter("d", documentId).setParameter("n", version)
                .getResultStream().findFirst();
    }

    @Override
    public void queueIndexing(long documentId) {
        em.createNativeQuery("INSERT INTO search_intent (site_id, document_id) VALUES "
                        + "(NULLIF(current_setting('qualepref.site_id', true), '')::bigint, ?1)")
                .setParameter(1, documentId).executeUpdate();
    }
}
