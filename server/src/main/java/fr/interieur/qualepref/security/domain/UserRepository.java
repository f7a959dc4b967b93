package fr.interieur.qualepref.security.domain;

import java.util.List;
import java.util.Optional;

/** Users and their grants. */
public interface UserRepository {

    Optional<User> find(long id);

    Optional<User> findByLogin(String login);

    boolean any();

    /** Users holding {@code role} (any role when empty) on {@code siteId} (anywhere when empty), by login. */
    List<User> find(Optional<Role> role, Optional<Long> siteId);

    void store(User user);

    List<Grant> grantsOf(long userId);

    Optional<Grant> grant(long userId, long grantId);

    void store(Grant grant);

    void remove(Grant grant);
}
