package fr.interieur.qualepref.audits.infrastructure;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditStatus;
import fr.interieur.qualepref.audits.domain.Audits;
import fr.interieur.qualepref.audits.domain.LabelDecision;
import fr.interieur.qualepref.sites.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAudits implements Audits {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<Audit> find(long id) {
        return Optional.ofNullable(em.find(Audit.class, id));
    }

    @Override
    public Site lockSite(long siteId) {
        return em.find(Site.class, siteId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Audit> ofSite(long siteId) {
        return em.createQuery("SELECT a FROM Audit a WHERE a.site.id = :site ORDER BY a.scheduledOn, a.id",
                Audit.class).setParameter("site", siteId).getResultList();
    }

    @Override
    public List<Audit> between(LocalDate from, LocalDate to) {
        // Built by condition: a null date parameter has no type PostgreSQL can infer.
        String jpql = "SELECT a FROM Audit a WHERE 1 = 1" + (from == null ? "" : " AND a.scheduledOn >= :from")
                + (to == null ? "" : " AND a.scheduledOn <= :to") + " ORDER BY a.scheduledOn, a.id";
        var query = em.createQuery(jpql, Audit.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    @Override
    public List<Audit> openAssignedTo(String login) {
        return em.createQuery("SELECT a FROM Audit a WHERE a.auditorLogin = :login AND a.status IN :open "
                        + "ORDER BY a.scheduledOn, a.id", Audit.class).setParameter("login", login)
                .setParameter("open", List.of(AuditStatus.SCHEDULED, AuditStatus.IN_PROGRESS)).getResultList();
    }

    @Override
    public void store(Audit audit) {
        em.persist(audit);
        em.flush();
    }

    @Override
    public List<LabelDecision> decisionsOf(long siteId) {
        return em.createQuery("SELECT d FROM LabelDecision d WHERE d.siteId = :site ORDER BY d.decidedOn, d.id",
                LabelDecision.class).setParameter("site", siteId).getResultList();
    }

    @Override
    public List<LabelDecision> allDecisions() {
        return em.createQuery("SELECT d FROM LabelDecision d ORDER BY d.decidedOn, d.id", LabelDecision.class)
                .getResultList();
    }

    @Override
    public Optional<LabelDecision> decisionOf(long auditId) {
        return em.createQuery("SELECT d FROM LabelDecision d WHERE d.auditId = :audit", LabelDecision.class)
                .setParameter("audit", auditId).getResultStream().findFirst();
    }

    @Override
    public void store(LabelDecision decision) {
        em.persist(decision);
        em.flush();
    }
}
