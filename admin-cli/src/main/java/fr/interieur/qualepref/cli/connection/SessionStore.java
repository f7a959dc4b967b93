package fr.interieur.qualepref.cli.connection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The refresh token on disk, readable by its owner only. The file is written next to its final place with the
 * owner-only permissions set at creation, then moved over the old one, so no other user ever sees a readable
 * token, not even for an instant.
 */
public final class SessionStore {

    private final Path dir;
    private final Path file;

    public SessionStore(Path configDir) {
        this.dir = configDir;
        this.file = configDir.resolve("session.properties");
    }

    public Path file() {
        return file;
    }

    public Optional<Session> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.UNREACHABLE, "cannot read the session " + file + ": " + e.getMessage());
        }
        String token = p.getProperty("refresh_token");
        return token == null || token.isBlank() ? Optional.empty()
                : Optional.of(new Session(p.getProperty("server"), p.getProperty("login"), token));
    }

    public void save(Session session) {
        Properties p = new Properties();
        p.setProperty("server", session.server());
        p.setProperty("login", session.login());
        p.setProperty("refresh_token", session.refreshToken());
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, posix ? ownerOnly("rwx------") : new FileAttribute<?>[0]);
            }
            Path tmp = Files.createTempFile(dir, "session", ".tmp",
                    posix ? ownerOnly("rw-------") : new FileAttribute<?>[0]);
            try {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.store(out, "qualepref session: a refresh token, readable by its owner only");
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.UNREACHABLE, "cannot write the session " + file + ": " + e.getMessage());
        }
    }

    /**
     * Runs the refresh of a session under an exclusive lock on {@code session.lock}, so that two CLI processes never
     * spend the same refresh token: the server would take the second use for a stolen copy and revoke the session.
     */
    public <T> T whileLocked(Supplier<T> action) {
        if (!Files.isDirectory(dir)) {
            return action.get();
        }
        try (FileChannel lock = FileChannel.open(dir.resolve("session.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            lock.lock(); // released when the channel closes
            return action.get();
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.UNREACHABLE,
                    "cannot lock the session in " + dir + ": " + e.getMessage());
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.UNREACHABLE,
                    "cannot delete the session " + file + ": " + e.getMessage());
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
