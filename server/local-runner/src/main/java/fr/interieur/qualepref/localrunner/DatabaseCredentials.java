package fr.interieur.qualepref.localrunner;

import java.util.Map;

/**
 * Where the server finds its database, and as whom. The owner role runs the Flyway migrations; the application role
 * reads and writes data but owns no table, so PostgreSQL row-level security applies to it.
 */
public record DatabaseCredentials(String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
                                  String appPassword) {

    /** The environment variables the server reads through MicroProfile Config (see microprofile-config.properties). */
    public Map<String, String> asServerEnvironment() {
        return Map.of(
                "QUALEPREF_DB_URL", jdbcUrl,
                "QUALEPREF_DB_OWNER_USER", ownerUser,
                "QUALEPREF_DB_OWNER_PASSWORD", ownerPassword,
                "QUALEPREF_DB_APP_USER", appUser,
                "QUALEPREF_DB_APP_PASSWORD", appPassword);
    }
}
