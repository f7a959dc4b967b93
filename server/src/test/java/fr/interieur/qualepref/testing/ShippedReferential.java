package fr.interieur.qualepref.testing;

import fr.interieur.qualepref.referential.application.ReferentialDocument;
import fr.interieur.qualepref.referential.domain.ModuleTerms;
import fr.interieur.qualepref.referential.infrastructure.YamlReferentialReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The référentiel data file the server ships, read as the server reads it, for unit tests that need real data. */
public final class ShippedReferential {

    public static final Path FILE = Path.of("src/main/resources/referential/qualepref-2019.yaml");

    private ShippedReferential() {
    }

    public static ReferentialDocument document() {
        try {
            return YamlReferentialReader.read(FILE.getFileName().toString(), Files.readAllBytes(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the module-selection rules know of each module of the shipped version. */
    public static List<ModuleTerms> moduleTerms() {
        return document().modules().stream()
                .map(m -> new ModuleTerms(m.number(), m.kind(), m.certOnly(), m.appliesTo())).toList();
    }
}
