package fr.interieur.qualepref.sites.infrastructure;

import fr.interieur.qualepref.sites.domain.Site;
import fr.interieur.qualepref.sites.domain.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The site registry in PostgreSQL. */
@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<Site> byCode(String code) {
        return em.createQuery("SELECT s FROM Site s WHERE s.code = :code", Site.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Site> byId(long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    @Override
    public List<Site> find(SiteFilter f) {
        List<String> where = new ArrayList<>();
        if (f.region() != null) {
            where.add("s.region = :region");
        }
        if (f.type() != null) {
            where.add("s.type = :type");
        }
        if (f.hasCert() != null) {
            where.add("s.hasCert = :cert");
        }
        if (f.module() != null) {
            where.add(":module MEMBER OF s.modules");
        }
        if (f.active() != null) {
            where.add("s.active = :active");
        }
        String jpql = "SELECT s FROM Site s" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY s.code";
        TypedQuery<Site> q = em.createQuery(jpql, Site.class);
        if (f.region() != null) {
            q.setParameter("region", f.region());
        }
        if (f.type() != null) {
            q.setParameter("type", f.type());
        }
        if (f.hasCert() != null) {
            q.setParameter("cert", f.hasCert());
        }
        if (f.module() != null) {
            q.setParameter("module", f.module());
        }
        if (f.active() != null) {
            q.setParameter("active", f.active());
        }
        return q.getResultList();
    }

    @Override
    public void store(Site site) {
        em.persist(site);
        em.flush();
    }
}
