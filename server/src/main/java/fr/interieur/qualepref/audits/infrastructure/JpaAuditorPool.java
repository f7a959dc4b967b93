package fr.interieur.qualepref.audits.infrastructure;

import fr.interieur.qualepref.audits.domain.AuditorPool;
import fr.interieur.qualepref.audits.domain.AuditorPoolMember;
import fr.interieur.qualepref.audits.domain.InternalAuditorRule.StaffGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditorPool implements AuditorPool {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<AuditorPoolMember> find(long id) {
        return Optional.ofNullable(em.find(AuditorPoolMember.class, id));
    }

    @Override
    public List<AuditorPoolMember> find(String region, Boolean active, String login) {
        // Built by condition: a null parameter has no type PostgreSQL can infer.
        String jpql = "SELECT m FROM AuditorPoolMember m WHERE 1 = 1"
                + (region == null ? "" : " AND m.region = :region")
                + (active == null ? "" : active ? " AND m.withdrawnOn IS NULL" : " AND m.withdrawnOn IS NOT NULL")
                + (login == null ? "" : " AND m.user.login = :login")
                + " ORDER BY m.region, m.user.login, m.id";
        var query = em.createQuery(jpql, AuditorPoolMember.class);
        if (region != null) {
            query.setParameter("region", region);
        }
        if (login != null) {
            query.setParameter("login", login);
        }
        return query.getResultList();
    }

    @Override
    public List<AuditorPoolMember> ofUser(long userId) {
        return em.createQuery("SELECT m FROM AuditorPoolMember m WHERE m.user.id = :user ORDER BY m.id",
                AuditorPoolMember.class).setParameter("user", userId).getResultList();
    }

    @Override
    public void store(AuditorPoolMember member) {
        em.persist(member);
        em.flush();
    }

    @Override
    public boolean regionExists(String region) {
        return !em.createNativeQuery("SELECT 1 FROM site WHERE region = ?1 LIMIT 1").setParameter(1, region)
                .getResultList().isEmpty();
    }

    @Override
    public List<StaffGrant> staffGrantsOf(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT g.role, s.id, s.code, COALESCE(s.parent_site_id, s.id), "
                        + "g.valid_from, g.valid_until FROM role_grant g JOIN site s ON s.id = g.site_id "
                        + "WHERE g.user_id = ?1 AND g.role IN ('QUALITY_REFERENT', 'AGENT') ORDER BY s.code")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new StaffGrant((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), instant(r[4]), instant(r[5]))).toList();
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
