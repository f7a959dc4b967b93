package fr.interieur.qualepref.security.application;

import fr.interieur.qualepref.platform.persistence.SchemaMigrated;
import fr.interieur.qualepref.security.domain.Grant;
import fr.interieur.qualepref.security.domain.PasswordPolicy;
import fr.interieur.qualepref.security.domain.Role;
import fr.interieur.qualepref.security.domain.RoleGrant;
import fr.interieur.qualepref.security.domain.User;
import fr.interieur.qualepref.security.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first DMAT administrator: nobody can create users before one exists, so on a database without users the
 * server creates one from its configuration (password from the environment only). Once a user exists this does
 * nothing, so changing the setting later never resets anybody's password.
 */
@ApplicationScoped
public class BootstrapAdministrator {

    static final String SYSTEM = "bootstrap";
    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "qualepref.bootstrap.admin.login", defaultValue = "dmat-admin")
    String login;

    @Inject
    @ConfigProperty(name = "qualepref.bootstrap.admin.password")
    Optional<String> password;

    /** Runs once the schema is migrated (see PlatformStartup); never makes the start-up fail. */
    @Transactional
    public void onSchemaMigrated(@Observes SchemaMigrated event) {
        if (users.any()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("No user exists and QUALEPREF_BOOTSTRAP_ADMIN_PASSWORD is not set: nobody can log in. Set it "
                    + "and restart to create the first DMAT administrator '" + login + "'.");
            return;
        }
        Optional<String> refusal = PasswordPolicy.refusal(password.get());
        if (refusal.isPresent()) {
            LOG.warning("QUALEPREF_BOOTSTRAP_ADMIN_PASSWORD " + refusal.get() + ": the first DMAT administrator is "
                    + "not created.");
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        User admin = new User(login, "DMAT administrator", null, passwords.hash(password.get()), now);
        users.store(admin);
        users.store(new Grant(admin.id(), RoleGrant.national(Role.DMAT_ADMIN), SYSTEM, now));
        LOG.info(() -> "First DMAT administrator '" + login + "' created from the configuration");
    }
}
