package fr.interieur.qualepref.referential.application;

import fr.interieur.qualepref.platform.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the référentiel versions shipped with the build (listed in {@code referential/versions.txt}) at start-up.
 * Idempotent: a version already imported from the same bytes is left alone. A published version is immutable: if
 * its file changed since it was imported, the stored version is kept and a warning says so; a correction is published
 * as a new version (docs/adr/0002-referential-as-data.md).
 */
@ApplicationScoped
public class ReferentialImport {

    private static final Logger LOG = Logger.getLogger(ReferentialImport.class.getName());
    static final String INDEX = "referential/versions.txt";

    @Inject
    ReferentialParser parser;

    @Inject
    ReferentialStore store;

    /** Runs once the schema is migrated (see PlatformStartup); a failure leaves the server not ready. */
    void onSchemaMigrated(@Observes SchemaMigrated event) {
        importBundledVersions();
    }

    /**
     * Imports every bundled file; one bad file does not keep the others out, but the failures are reported together
     * at the end so start-up knows the server is not ready.
     */
    public void importBundledVersions() {
        List<String> failures = new ArrayList<>();
        for (String file : bundledFiles()) {
            try {
                importFile(file, readResource("referential/" + file));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Référentiel file " + file + " was not imported", e);
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("référentiel import failed: " + String.join("; ", failures));
        }
    }

    /** Reads, checks and stores one data file; throws {@link ReferentialFormatException} and stores nothing if bad. */
    public ReferentialStore.Outcome importFile(String file, byte[] content) {
        ReferentialDocument doc = parser.parse(file, content);
        ReferentialConsistency.check(doc);
        ReferentialStore.Outcome outcome = store.store(doc);
        switch (outcome) {
            case IMPORTED -> LOG.info(() -> "Référentiel " + doc.version() + " imported from " + file + " ("
                    + doc.commitments().size() + " commitments, " + doc.indicators().size() + " indicators)");
            case UNCHANGED -> LOG.fine(() -> "Référentiel " + doc.version() + " already imported");
            case CONFLICT -> LOG.warning(() -> "Référentiel " + doc.version() + " is already imported with other "
                    + "content than " + file + "; the imported version is kept. Publish corrections as a new "
                    + "version.");
        }
        return outcome;
    }

    static List<String> bundledFiles() {
        String index = new String(readResource(INDEX), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] readResource(String name) {
        try (InputStream in = ReferentialImport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the server package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
