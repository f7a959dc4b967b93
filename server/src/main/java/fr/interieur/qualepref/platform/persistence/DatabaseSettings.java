package fr.interieur.qualepref.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Database settings read through MicroProfile Config; {@code QUALEPREF_DB_URL} and friends override them. The owner
 * credentials are used only to migrate the schema and to load the référentiel.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "qualepref.db.url", defaultValue = "jdbc:postgresql://localhost:5432/qualepref")
    String url;

    @Inject
    @ConfigProperty(name = "qualepref.db.owner.user", defaultValue = "qualepref_owner")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "qualepref.db.owner.password", defaultValue = "")
    String ownerPassword;

    @Inject
    @ConfigProperty(name = "qualepref.db.app.user", defaultValue = "qualepref_app")
    String appUser;

    public String url() {
        return url;
    }

    public String ownerUser() {
        return ownerUser;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appUser() {
        return appUser;
    }
}
