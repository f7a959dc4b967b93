package fr.interieur.qualepref.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Appends to the audit trail in the transaction of the change it records, so a change and its trace commit or roll
 * back together. The application role may only insert and read audit rows; row-level security keeps a site's events
 * inside that site.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    /**
     * Records one change.
     *
     * @param actor    who made it
     * @param siteId   the site it concerns, or null for a national change (a user account, say)
     * @param entity   what kind of thing changed, e.g. "Site"
     * @param entityId which one, e.g. the site code
     * @param action   what happened, e.g. "CREATE", "UPDATE_MODULES"
     * @param before   summary of the state before, or null
     * @param after    summary of the state after, or null
     */
    // CAST: EclipseLink binds a null parameter as varchar, which PostgreSQL will not put in a bigint column.
    public void record(Actor actor, Long siteId, String entity, String entityId, String action, String before,
                       String after) {
        em.createNativeQuery("INSERT INTO audit_event (actor_id, actor_login, site_id, entity, entity_id, action, "
                        + "before, after) VALUES (CAST(?1 AS bigint), ?2, CAST(?3 AS bigint), ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, actor.userId())
                .setParameter(2, actor.login())
                .setParameter(3, siteId)
                .setParameter(4, entity)
                .setParameter(5, entityId)
                .setParameter(6, action)
                .setParameter(7, before)
                .setParameter(8, after)
                .executeUpdate();
    }

    /** Who made a change: a user, or the system itself at start-up. */
    public record Actor(Long userId, String login) {
        public static final Actor SYSTEM = new Actor(null, "system");
    }
}
