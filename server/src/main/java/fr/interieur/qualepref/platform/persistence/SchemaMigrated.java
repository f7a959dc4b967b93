package fr.interieur.qualepref.platform.persistence;

/**
 * Fired synchronously once Flyway has brought the schema to this build's version. Contexts that need start-up work on
 * the database (the référentiel import) observe it; an observer's exception makes the start-up fail (not ready).
 *
 * @param schemaVersion the version Flyway reports, e.g. "001"
 */
public record SchemaMigrated(String schemaVersion) {
}
