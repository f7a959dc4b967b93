package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.ContentStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The content-addressed store on local disk: {@code <root>/ab/cd/<sha-256>}. Bytes arrive in {@code <root>/.staging}
 * under a random name, are hashed while they are written, synced, then moved atomically to their hash — so a reader
 * never sees half a file and two uploads of the same bytes leave one file. Names come from hashes only, never from
 * what the uploader called the file.
 */
@ApplicationScoped
public class DiskContentStore implements ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    DocumentSettings settings;

    private Path root;
    private Path staging;

    public DiskContentStore() {
    }

    /** For tests and tools: a store at {@code root}. */
    public DiskContentStore(Path root) {
        open(root);
    }

    @PostConstruct
    void init() {
        open(settings.store());
    }

    private void open(Path dir) {
        root = dir;
        staging = dir.resolve(".staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document store at " + dir, e);
        }
    }

    @Override
    public Staged stage(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile(staging, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            return new Staged(temp, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(temp);
            throw new IllegalStateException(e);
        }
    }

    @Override
    public StoredFile keep(Staged staged) {
        Path target = path(staged.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(staged.file());
            } else {
                try {
                    Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(staged.file());
                }
            }
            return new StoredFile(staged.sha256(), staged.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(Staged staged) {
        deleteQuietly(staged.file());
    }

    @Override
    public Optional<Path> file(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path p = path(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover in .staging is harmless: it is never served and is overwritten by nothing
            }
        }
    }
}
