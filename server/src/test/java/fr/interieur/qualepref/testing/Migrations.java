package fr.interieur.qualepref.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The repository's migrations folder, read by tests that check the schema version the server reports. */
public final class Migrations {

    public static final Path FOLDER = Path.of("..", "migrations");

    private Migrations() {
    }

    /** The version of the newest migration file, as Flyway prints it ("001" for V001__...). */
    public static String latestVersion() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .max(Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
