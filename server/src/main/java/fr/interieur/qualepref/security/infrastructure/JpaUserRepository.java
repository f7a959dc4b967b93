package fr.interieur.qualepref.security.infrastructure;

import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Users and grants through JPQL; the caller's transaction decides what is written. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "qualepref")
    EntityManager em;

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> findByLogin(String login) {
        return em.createQuery("SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    @Override
    public boolean any() {
        return !em.createQuery("SELECT u.id FROM User u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<User> find(Optional<Role> role, Optional<Long> siteId) {
        if (role.isEmpty() && siteId.isEmpty()) {
            return em.createQuery("SELECT u FROM User u ORDER BY u.login", User.class).getResultList();
        }
        String jpql = "SELECT u FROM User u WHERE EXISTS (SELECT g.id FROM Grant g WHERE g.userId = u.id"
                + (role.isPresent() ? " AND g.role = :role" : "")
                + (siteId.isPresent() ? " AND g.siteId = :site" : "") + ") ORDER BY u.login";
        TypedQuery<User> q = em.createQuery(jpql, User.class);
        role.ifPresent(r -> q.setParameter("role", r));
        siteId.ifPresent(s -> q.setParameter("site", s));
        return q.getResultList();
    }

    @Override
    public void store(User user) {
        if (user.id() == null) {
            em.persist(user);
            em.flush();
        }
    }

    @Override
    public List<Grant> grantsOf(long userId) {
        return em.createQuery("SELECT g FROM Grant g WHERE g.userId = :user ORDER BY g.id", Grant.class)
                .setParameter("user", userId).getResultList();
    }

    @Override
    public Optional<Grant> grant(long userId, long grantId) {
        return Optional.ofNullable(em.find(Grant.class, grantId)).filter(g -> g.userId() == userId);
    }

    @Override
    public void store(Grant grant) {
        em.persist(grant);
        em.flush();
    }

    @Override
    public void remove(Grant grant) {
        em.remove(grant);
    }
}
