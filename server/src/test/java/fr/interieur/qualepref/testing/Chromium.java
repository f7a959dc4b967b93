package fr.interieur.qualepref.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium for the tests that must see a page as a browser renders it (the report pages and their charts).
 * Found at {@code QUALEPREF_CHROMIUM}, {@code /usr/bin/chromium} or {@code chromium} on the PATH. On a machine without
 * it, the tests install Debian's package when they run as root with apt-get (as on the CI machines; {@code .ci/run}
 * does it up front) and fail with the command to run otherwise — never skip.
 * The flags are those that keep Chromium off the network (the machines have none) and out of any profile.
 */
public final class Chromium {

    private static Path binary;

    private Chromium() {
    }

    /** The DOM after the page loaded, serialised ({@code --dump-dom}). */
    public static String dom(Path page) {
        return new String(run(List.of("--dump-dom", page.toUri().toString())), StandardCharsets.UTF_8);
    }

    /** A screenshot of the page in a window of the given size. */
    public static BufferedImage screenshot(Path page, int width, int height) {
        try {
            Path png = Files.createTempFile("qualepref-screenshot", ".png");
            run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                    page.toUri().toString()));
            BufferedImage image = ImageIO.read(png.toFile());
            Files.deleteIfExists(png);
            if (image == null) {
                throw new AssertionError("Chromium wrote no PNG screenshot of " + page);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels of the image are within {@code tolerance} of the colour (each channel). */
    public static int pixelsOf(BufferedImage image, int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tolerance
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tolerance
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    private static byte[] run(List<String> arguments) {
        try {
            Path profile = Files.createTempDirectory("qualepref-chromium");
            List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(arguments);
            Path out = Files.createTempFile("qualepref-chromium", ".out");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 60 s: " + command);
            }
            byte[] output = Files.readAllBytes(out);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + command);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static synchronized Path binary() throws IOException, InterruptedException {
        if (binary != null) {
            return binary;
        }
        String configured = System.getenv("QUALEPREF_CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return binary = Path.of(candidate);
            }
        }
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            install();
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return binary = Path.of("/usr/bin/chromium");
            }
        }
        throw new AssertionError("headless Chromium is needed to render the report pages: install Debian's package "
                + "(apt-get install -y --no-install-recommends chromium) or set QUALEPREF_CHROMIUM");
    }

    private static void install() throws IOException, InterruptedException {
        for (List<String> step : List.of(
                List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"),
                List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"))) {
            Process p = new ProcessBuilder(step).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0 && step.contains("chromium")
                    && Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return;
            }
        }
    }
}
