package fr.interieur.qualepref.security.infrastructure;

import fr.interieur.qualepref.security.domain.SiteDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Site codes and ids read straight from the {@code site} table with native SQL: identity needs nothing else of a site,
 * and the sites context keeps its own model of it.
 */
@ApplicationScoped
public class JpaSiteDirectory implements SiteDirectory {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<Long> idOf(String siteCode) {
        return em.createNativeQuery("SELECT id FROM site WHERE code = ?").setParameter(1, siteCode)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public Optional<String> codeOf(long siteId) {
        return em.createNativeQuery("SELECT code FROM site WHERE id = ?").setParameter(1, siteId)
                .getResultStream().findFirst().map(String.class::cast);
    }
}
