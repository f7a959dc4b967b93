package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.errors.Unauthenticated;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a bearer token into the caller of the request: the token must verify, and the user must still exist and be
 * active; the grants come from the database now, not from the token, so revoking a role takes effect at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Authentication {

    @Inject
    TokenService tokens;

    @Inject
    UserRepository users;

    public Caller authenticate(String bearerToken) {
        VerifiedToken token = tokens.verify(bearerToken);
        User user = users.find(token.userId()).filter(User::active).orElseThrow(Unauthenticated::invalidToken);
        Set<fr.interieur.qualepref.security.domain.RoleGrant> grants = users.grantsOf(user.id()).stream()
                .map(Grant::toRoleGrant).collect(Collectors.toSet());
        return new Caller(user.id(), user.login(), grants).at(OffsetDateTime.now());
    }
}
