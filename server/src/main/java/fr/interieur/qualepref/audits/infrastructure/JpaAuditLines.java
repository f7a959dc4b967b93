package fr.interieur.qualepref.audits.infrastructure;

import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditLineEvidence;
import fr.interieur.qualepref.audits.domain.AuditLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** No query names a site: the entities are {@code @Multitenant} and the tables under row-level security. */
@ApplicationScoped
public class JpaAuditLines implements AuditLines {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public List<AuditLine> ofAudit(long auditId) {
        return em.createQuery("SELECT l FROM AuditLine l WHERE l.auditId = :audit ORDER BY l.position",
                AuditLine.class).setParameter("audit", auditId).getResultList();
    }

    @Override
    public Optional<AuditLine> find(long auditId, long lineId) {
        return em.createQuery("SELECT l FROM AuditLine l WHERE l.auditId = :audit AND l.id = :id", AuditLine.class)
                .setParameter("audit", auditId).setParameter("id", lineId).getResultStream().findFirst();
    }

    @Override
    public void store(AuditLine line) {
        em.persist(line);
    }

    @Override
    public List<AuditLineEvidence> evidenceOf(long auditId) {
        return em.createQuery("SELECT e FROM AuditLineEvidence e WHERE e.auditLineId IN "
                        + "(SELECT l.id FROM AuditLine l WHERE l.auditId = :audit) ORDER BY e.auditLineId, e.documentId",
                AuditLineEvidence.class).setParameter("audit", auditId).getResultList();
    }

    @Override
    public void replaceEvidence(long lineId, List<Long> documentIds) {
        em.createQuery("DELETE FROM AuditLineEvidence e WHERE e.auditLineId = :line").setParameter("line", lineId)
                .executeUpdate();
        documentIds.stream().distinct().forEach(d -> em.persist(new AuditLineEvidence(lineId, d)));
        em.flush();
    }
}
