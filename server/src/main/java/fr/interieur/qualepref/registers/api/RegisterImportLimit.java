package fr.interieur.qualepref.registers.api;

import fr.interieur.qualepref.platform.api.BodyLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A register's CSV import is a year of a site's entries (50,000 requests ≈ 5 MB), far over the API's 1 MiB: the
 * imports get {@code qualepref.registers.max-import-bytes} (64 MiB by default). The file is read as a stream, line
 * by line, and only its accepted facts are kept in memory.
 */
@ApplicationScoped
public class RegisterImportLimit implements BodyLimit {

    private static final Pattern IMPORT = Pattern.compile("sites/[^/]+/registers/[a-z-]+/import");

    @Inject
    @ConfigProperty(name = "qualepref.registers.max-import-bytes", defaultValue = "67108864")
    long maxImportBytes;

    @Override
    public OptionalLong forRequest(String method, String path) {
        return "POST".equals(method) && IMPORT.matcher(path).matches() ? OptionalLong.of(maxImportBytes)
                : OptionalLong.empty();
    }
}
