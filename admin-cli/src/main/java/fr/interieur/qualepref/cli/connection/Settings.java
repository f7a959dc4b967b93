package fr.interieur.qualepref.cli.connection;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where the CLI keeps its files and which server it talks to. The server comes from, in order: {@code --server},
 * {@code QUALEPREF_SERVER}, {@code server=} in {@code config.properties}, then {@code http://localhost:8080}, the
 * address of {@code ./run}.
 */
public record Settings(Path configDir, URI server) {

    public static final String DEFAULT_SERVER = "http://localhost:8080";

    /** @param env reads an environment variable; the tests pass their own. */
    public static Settings resolve(String serverOption, UnaryOperator<String> env) {
        Path configDir = configDir(env);
        String server = firstNonBlank(serverOption, env.apply("QUALEPREF_SERVER"),
                configFile(configDir).getProperty("server"), DEFAULT_SERVER);
        return new Settings(configDir, parseServer(server));
    }

    private static Path configDir(UnaryOperator<String> env) {
        String explicit = env.apply("QUALEPREF_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("qualepref");
    }

    private static Properties configFile(Path configDir) {
        Properties p = new Properties();
        Path file = configDir.resolve("config.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }

    private static URI parseServer(String server) {
        try {
            URI uri = new URI(server.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(server, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CommandFailure(ExitCodes.USAGE, "invalid server URL '" + server + "': " + e.getReason());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalStateException("the last value is a constant");
    }
}
