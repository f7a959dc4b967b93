package fr.interieur.qualepref.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where documents and the index live on disk. By default both sit under the server's data folder
 * ({@code QUALEPREF_DATA_DIR}); each can be moved on its own (a larger disk for files, a faster one for the index).
 */
@ApplicationScoped
public class DocumentSettings {

    @Inject
    @ConfigProperty(name = "qualepref.data.dir", defaultValue = "qualepref-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "qualepref.documents.store-dir")
    Optional<String> storeDir;

    @Inject
    @ConfigProperty(name = "qualepref.documents.index-dir")
    Optional<String> indexDir;

    public Path store() {
        return Path.of(storeDir.filter(s -> !s.isBlank()).orElse(dataDir + "/documents")).toAbsolutePath();
    }

    public Path index() {
        return Path.of(indexDir.filter(s -> !s.isBlank()).orElse(dataDir + "/index")).toAbsolutePath();
    }
}
