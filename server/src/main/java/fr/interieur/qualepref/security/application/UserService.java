package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.audit.AuditTrail;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.Forbidden;
import fr.interieur.qualepref.platform.errors.InvalidRequest;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.tenancy.TenantBinding;
import fr.interieur.qualepref.security.domain.Caller;
import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.PasswordPolicy;
import fr.interieur.qualepref.security.domain.RefreshTokenRepository;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.RoleGrant;
import fr.interieur.qualepref.security.domain.SiteDirectory;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * User administration. The DMAT manages everyone; a référent qualité (IV.2) may also create users and make them
 * agents of a site they are référent of, and nothing more, so that a site can staff itself without the DMAT.
 */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    SiteDirectory sites;

    @Inject
    PasswordHashing passwords;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    TenantBinding tenancy;

    public UserDetails create(String login, String displayName, String email, String password) {
        Caller caller = callers.required();
        requireDmatOr(caller, Role.QUALITY_REFERENT);
        String normalised = login.toLowerCase(Locale.ROOT);
        if (!User.LOGIN.matcher(normalised).matches()) {
            throw new InvalidRequest("login must be 3 to 64 characters among a-z 0-9 . _ -");
        }
        PasswordPolicy.refusal(password).ifPresent(r -> {
            throw new InvalidRequest("password " + r + ".");
        });
        if (users.findByLogin(normalised).isPresent()) {
            throw new Conflict("The login '" + normalised + "' is already taken.");
        }
        User user = new User(normalised, displayName.strip(), email, passwords.hash(password), OffsetDateTime.now());
        users.store(user);
        audit(null, "User", user.login(), "CREATE", null, "displayName=" + user.displayName());
        return details(user);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserDetails> list(Optional<String> siteCode, Optional<String> role) {
        requireDmat(callers.required());
        Optional<Long> siteId = siteCode.map(this::siteId);
        Optional<Role> r = role.map(UserService::role);
        return users.find(r, siteId).stream().map(this::details).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserDetails get(String login) {
        requireDmat(callers.required());
        return details(user(login));
    }

    public UserDetails grant(String login, NewGrant request) {
        Caller caller = callers.required();
        User user = user(login);
        Role role = role(request.role());
        Long siteId = request.siteCode() == null || request.siteCode().isBlank() ? null : siteId(request.siteCode());
        RoleGrant grant;
        try {
            grant = new RoleGrant(role, siteId, blankToNull(request.region()), request.validFrom(),
                    request.validUntil());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage() + ".");
        }
        if (!caller.isDmat() && !(role == Role.AGENT && caller.hasRoleOnSite(Role.QUALITY_REFERENT, siteId))) {
            throw new Forbidden("Only the DMAT grants this role; a référent qualité grants AGENT on their own site.");
        }
        boolean held = users.grantsOf(user.id()).stream().map(Grant::toRoleGrant)
                .anyMatch(g -> g.role() == role && role != Role.AUDITOR && Objects.equals(g.siteId(), siteId)
                        && Objects.equals(g.region(), grant.region()));
        if (held) {
            throw new Conflict("User '" + user.login() + "' already holds " + role + " there.");
        }
        try {
            users.store(new Grant(user.id(), grant, caller.login(), OffsetDateTime.now()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage() + ".");
        }
        audit(siteId, "User", user.login(), "GRANT", null, describe(grant));
        return details(user);
    }

    public void revokeGrant(String login, long grantId) {
        requireDmat(callers.required());
        User user = user(login);
        Grant grant = users.grant(user.id(), grantId)
                .orElseThrow(() -> new NotFound("User '" + user.login() + "' has no grant " + grantId + "."));
        users.remove(grant);
        RoleGrant revoked = grant.toRoleGrant();
        audit(revoked.siteId(), "User", user.login(), "REVOKE", describe(revoked), null);
    }

    /** Deactivation: no new login, no refresh, and the access tokens already out stop working at once. */
    public UserDetails deactivate(String login) {
        requireDmat(callers.required());
        User user = user(login);
        OffsetDateTime now = OffsetDateTime.now();
        user.deactivate(now);
        refreshTokens.revokeAllOf(user.id(), now);
        audit(null, "User", user.login(), "DEACTIVATE", "active", "inactive");
        return details(user);
    }

    /**
     * A change of a user is national (site null) unless it concerns one site (a grant there); then it is recorded in
     * that site's trail, which row-level security only lets us write with that site bound.
     */
    private void audit(Long siteId, String entity, String id, String action, String before, String after) {
        if (siteId != null) {
            tenancy.bind(siteId);
        }
        Caller c = callers.required();
        audit.record(new AuditTrail.Actor(c.userId(), c.login()), siteId, entity, id, action, before, after);
    }

    private static String describe(RoleGrant g) {
        return g.role() + (g.siteId() == null ? "" : " site=" + g.siteId())
                + (g.region() == null ? "" : " region=" + g.region())
                + (g.validFrom() == null ? "" : " from=" + g.validFrom())
                + (g.validUntil() == null ? "" : " until=" + g.validUntil());
    }

    private UserDetails details(User user) {
        List<UserDetails.GrantDetails> grants = users.grantsOf(user.id()).stream()
                .map(g -> new UserDetails.GrantDetails(g, Optional.ofNullable(g.toRoleGrant().siteId())
                        .flatMap(sites::codeOf).orElse(null)))
                .toList();
        return new UserDetails(user, grants);
    }

    private User user(String login) {
        return users.findByLogin(login.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("No user '" + login + "'."));
    }

    private long siteId(String code) {
        return sites.idOf(code).orElseThrow(() -> new NotFound("No site '" + code + "'."));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("role must be one of " + java.util.Arrays.toString(Role.values()) + ", not '"
                    + name + "'.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireDmat(Caller caller) {
        if (!caller.isDmat()) {
            throw new Forbidden("This is for DMAT administrators.");
        }
    }

    private static void requireDmatOr(Caller caller, Role other) {
        if (!caller.isDmat() && !caller.hasRole(other)) {
            throw new Forbidden("This is for DMAT administrators and " + other + ".");
        }
    }
}
