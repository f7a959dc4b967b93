package fr.interieur.qualepref.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Binds a site to the current JTA transaction in both isolation layers, in one place:
 * <ol>
 *   <li>the EclipseLink context property behind every {@code @Multitenant} entity's {@code site_id} discriminator, so
 *       JPQL reads and writes carry the site condition;</li>
 *   <li>the PostgreSQL setting {@code qualepref.site_id}, local to the transaction ({@code set_config(..., true)}),
 *       which the row-level security policies read — it vanishes at commit, so a pooled connection never carries a
 *       site into the next request.</li>
 * </ol>
 * persistence.xml keeps EclipseLink on one exclusive connection per transaction, so the setting and the queries
 * share a session.
 */
@ApplicationScoped
public class TenantBinding {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    public void bind(long siteId) {
        em.setProperty(TenantContext.PROPERTY, siteId);
        em.createNativeQuery("SELECT set_config('qualepref.site_id', ?1, true)")
                .setParameter(1, Long.toString(siteId)).getSingleResult();
    }
}
